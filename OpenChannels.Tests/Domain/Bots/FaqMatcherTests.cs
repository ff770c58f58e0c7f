using OpenChannels.Domain.Bots;
using OpenChannels.Domain.Channels;

namespace OpenChannels.Tests.Domain.Bots;

/// <summary>B-1: the FAQ bot finds the entry a client asks, in each channel language, and says nothing it does not know.</summary>
public sealed class FaqMatcherTests
{
    private static readonly FaqEntry[] Entries =
    [
        Entry(1, ChannelLanguage.English, "where is my order\ntrack my parcel\ndelivery status", "Track it at example.test/track."),
        Entry(2, ChannelLanguage.English, "opening hours\nwhen are you open", "We are open 9 to 6."),
        Entry(3, ChannelLanguage.English, "reset password\nforgot my password", "Use \"Forgot password\" on the sign-in page."),
        Entry(4, ChannelLanguage.French, "où est ma commande\nsuivre mon colis", "Suivez-la sur example.test/suivi."),
        Entry(5, ChannelLanguage.Italian, "dov'è il mio ordine\nspedizione del pacco", "Seguilo su example.test/traccia."),
        Entry(6, ChannelLanguage.Polish, "gdzie jest moje zamówienie\nśledzenie przesyłki", "Śledź je na example.test/sledzenie."),
        Entry(7, null, "invoice\nfacture\nfattura\nfaktura", "Invoices: example.test/invoices."),
    ];

    [Theory]
    [InlineData("Hi, where is my order?", ChannelLanguage.English, 1)]
    [InlineData("WHERE'S MY ORDER", ChannelLanguage.English, 1)]
    [InlineData("I forgot my pasword", ChannelLanguage.English, 3)]
    [InlineData("What are your opening hours on Saturday?", ChannelLanguage.English, 2)]
    [InlineData("Bonjour, ou est ma commande ?", ChannelLanguage.French, 4)]
    [InlineData("je voudrais suivre mes colis", ChannelLanguage.French, 4)]
    [InlineData("Dove è il mio ordine?", ChannelLanguage.Italian, 5)]
    [InlineData("Gdzie jest moje zamowienie?", ChannelLanguage.Polish, 6)]
    [InlineData("gdzie jest zamówienie", ChannelLanguage.Polish, 6)]
    [InlineData("Śledzenie przesyłek", ChannelLanguage.Polish, 6)]
    [InlineData("Je veux ma facture", ChannelLanguage.French, 7)]
    public void TheClientsWords_FindTheirEntry(string message, ChannelLanguage language, int expected) =>
        FaqMatcher.Best(message, Entries, language)!.Entry.Id.ShouldBe(expected);

    [Theory]
    [InlineData("Can I pay by card?")]
    [InlineData("What are your prices?")]
    [InlineData("ok")]
    [InlineData("!!!")]
    [InlineData("")]
    public void AMessageNoEntryAnswers_MatchesNothing(string message) => FaqMatcher.Best(message, Entries, ChannelLanguage.English).ShouldBeNull();

    [Fact]
    public void WhereEntriesExistInSeveralLanguages_TheChannelsLanguageAnswers()
    {
        FaqEntry[] both =
        [
            Entry(1, ChannelLanguage.English, "delivery", "Delivery takes two days."),
            Entry(2, ChannelLanguage.Italian, "delivery", "La consegna richiede due giorni."),
        ];

        FaqMatcher.Best("delivery?", both, ChannelLanguage.Italian)!.Entry.Id.ShouldBe(2);
        FaqMatcher.Best("delivery?", both, ChannelLanguage.English)!.Entry.Id.ShouldBe(1);
        FaqMatcher.Best("delivery?", both, ChannelLanguage.Polish)!.Entry.Id.ShouldBe(1, "no Polish entry: the first of the others");
    }

    [Theory]
    [InlineData("Zażółć gęślą jaźń", "zazolc gesla jazn")]
    [InlineData("Où ÊTES-vous ?", "ou etes-vous ?")]
    [InlineData("Straße Œuvre", "strasse oeuvre")]
    public void Folding_DropsCaseAccentsAndPolishLetters(string text, string folded) => FaqMatcher.Fold(text).ShouldBe(folded);

    [Fact]
    public void Similarity_IsTheShareOfThePhrasingTheMessageHolds()
    {
        FaqMatcher.Similarity("please reset my password now", "reset password").ShouldBe(1);
        FaqMatcher.Similarity("what are your prices", "what are your opening hours").ShouldBeLessThan(FaqMatcher.Threshold);
        FaqMatcher.Similarity("anything", "").ShouldBe(0);
    }

    private static FaqEntry Entry(int id, ChannelLanguage? language, string phrasings, string answer)
    {
        var entry = new FaqEntry(1, language, phrasings, answer, offersAgent: false);
        typeof(FaqEntry).GetProperty(nameof(FaqEntry.Id))!.SetValue(entry, id);
        return entry;
    }
}
