using OpenChannels.Domain.Crm;

namespace OpenChannels.Tests.Domain.Crm;

/// <summary>Q-9, Q-10, A-2 (seeds 000, 003): who answers for the CRM items a conversation touches.</summary>
public sealed class ChatResponsibilityTests
{
    private static readonly DateTimeOffset Earlier = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Earlier.AddDays(3);

    [Fact]
    public void Routing_GoesToTheNewestOpenDealsResponsible_ThenTheLeads_ThenTheContacts()
    {
        ChatResponsibility.ForRouting(1, [(Earlier, 2), (Later, 3)], [(Later, 4)]).ShouldBe(3);
        ChatResponsibility.ForRouting(1, [], [(Earlier, 4), (Later, 5)]).ShouldBe(5);
        ChatResponsibility.ForRouting(1, [(Later, null)], []).ShouldBe(1);
        ChatResponsibility.ForRouting(null, [], []).ShouldBeNull();
    }

    [Theory]
    [InlineData(CreatedVia.Automatically, false, true)]
    [InlineData(CreatedVia.Agent, false, true)]
    [InlineData(CreatedVia.ContactForm, true, true)]
    [InlineData(CreatedVia.ContactForm, false, false)]
    [InlineData(CreatedVia.Crm, true, false)]
    public void TheFirstAcceptor_TakesWhatTheChatCreated_TheFormAsTheChannelSays(CreatedVia via, bool formOption, bool takes) =>
        ChatResponsibility.AcceptorTakes(via, currentResponsible: null, formOption).ShouldBe(takes);

    [Fact]
    public void TheFirstAcceptor_KeepsIt_ALaterAcceptorDoesNotTakeIt() =>
        ChatResponsibility.AcceptorTakes(CreatedVia.Automatically, currentResponsible: 7, formMakesAcceptorResponsible: true).ShouldBeFalse();

    [Theory]
    [InlineData(CreatedVia.Automatically, true, true)]
    [InlineData(CreatedVia.Agent, true, true)]
    [InlineData(CreatedVia.ContactForm, true, true)]
    [InlineData(CreatedVia.Crm, true, false)]
    [InlineData(CreatedVia.Automatically, false, false)]
    public void AManualTransfer_HandsOverOnlyWhatTheChatCreated_AndOnlyWhenSwitchedOn(CreatedVia via, bool on, bool takes) =>
        ChatResponsibility.TransfereeTakes(via, on).ShouldBe(takes);
}
