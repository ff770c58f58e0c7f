namespace OpenChannels.Domain.Common;

/// <summary>Something that happened to an aggregate, published by the write pipeline once its transaction commits.</summary>
public interface IDomainEvent;
