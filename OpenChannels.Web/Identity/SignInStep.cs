namespace OpenChannels.Web.Identity;

/// <summary>Where a right password leads: straight in with a ticket, or to the code step of two-factor sign-in.</summary>
public abstract record SignInStep
{
    private SignInStep()
    {
    }

    /// <summary>Signed in: the browser redeems <see cref="Ticket"/> at the complete-sign-in endpoint.</summary>
    public sealed record SignedIn(string Ticket) : SignInStep;

    /// <summary>The account has two-factor sign-in: the form asks for a code and presents <see cref="Pending"/> with it.</summary>
    public sealed record CodeNeeded(string Pending) : SignInStep;
}
