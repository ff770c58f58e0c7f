namespace OpenChannels.Domain.Channels;

/// <summary>
/// The live chat's words around the agreement (C-1) and the contact form, in the channel's language (O-5):
/// a client asked to accept French terms should not have to find an English button.
/// </summary>
public sealed record WidgetPhrases(
    string Accept,
    string Decline,
    string Declined,
    string ReadAgain,
    string FormTitle,
    string Name,
    string Email,
    string Phone,
    string Optional,
    string Send,
    string Skip,
    string Thanks)
{
    private static readonly Dictionary<ChannelLanguage, WidgetPhrases> Phrases = new()
    {
        [ChannelLanguage.English] = new(
            "Accept", "Decline", "You declined the agreement, so the chat stays closed. To write to us, read it again and accept it.",
            "Read the agreement again", "Leave your contact details so we can reach you.", "Name", "E-mail", "Phone", "optional",
            "Send", "Skip", "Thank you! We have your contact details."),
        [ChannelLanguage.French] = new(
            "J'accepte", "Je refuse", "Vous avez refusé l'accord : le chat reste fermé. Pour nous écrire, relisez-le et acceptez-le.",
            "Relire l'accord", "Laissez vos coordonnées pour que nous puissions vous recontacter.", "Nom", "E-mail", "Téléphone", "facultatif",
            "Envoyer", "Passer", "Merci ! Nous avons bien vos coordonnées."),
        [ChannelLanguage.Italian] = new(
            "Accetto", "Rifiuto", "Hai rifiutato l'accordo, quindi la chat resta chiusa. Per scriverci, rileggilo e accettalo.",
            "Rileggi l'accordo", "Lasciaci i tuoi contatti per poterti ricontattare.", "Nome", "E-mail", "Telefono", "facoltativo",
            "Invia", "Salta", "Grazie! Abbiamo i tuoi contatti."),
        [ChannelLanguage.Polish] = new(
            "Akceptuję", "Nie zgadzam się", "Nie zaakceptowano zgody, więc czat pozostaje zamknięty. Aby do nas napisać, przeczytaj ją ponownie i zaakceptuj.",
            "Przeczytaj zgodę ponownie", "Zostaw dane kontaktowe, abyśmy mogli się z Tobą skontaktować.", "Imię i nazwisko", "E-mail", "Telefon", "opcjonalnie",
            "Wyślij", "Pomiń", "Dziękujemy! Mamy Twoje dane kontaktowe."),
    };

    public static WidgetPhrases For(ChannelLanguage language) =>
        Phrases.TryGetValue(language, out var phrases) ? phrases : Phrases[ChannelLanguage.English];
}
