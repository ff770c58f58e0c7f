namespace OpenChannels.Domain.Channels;

/// <summary>The default automatic texts in each channel language (O-5); every one can be overridden per channel.</summary>
public static class DefaultTexts
{
    private static readonly Dictionary<(ChannelLanguage, DefaultText), string> Texts = new()
    {
        [(ChannelLanguage.English, DefaultText.Greeting)] = "Hello! How can we help you?",
        [(ChannelLanguage.English, DefaultText.OutOfHours)] = "Thank you for your message. We are closed right now and will answer during our working hours.",
        [(ChannelLanguage.English, DefaultText.NoAgent)] = "All our agents are busy right now. Please stay with us: we will answer as soon as someone is free.",
        [(ChannelLanguage.English, DefaultText.Closing)] = "Thank you for contacting us. Have a good day!",
        [(ChannelLanguage.English, DefaultText.Timeout)] = "We have closed this conversation. Write again any time if you need anything.",
        [(ChannelLanguage.English, DefaultText.Unanswered)] = "Sorry for the wait! Your message is with us and an agent will answer shortly.",
        [(ChannelLanguage.English, DefaultText.Consent)] = "To answer you, we process the personal data you give us in this chat. Do you agree?",
        [(ChannelLanguage.English, DefaultText.ConsentTitle)] = "Personal data processing",
        [(ChannelLanguage.English, DefaultText.Unavailable)] = "This chat is not available right now. You can still leave a message: we will read it as soon as we are back.",
        [(ChannelLanguage.English, DefaultText.RatingRequestLiveChat)] = "How did our agent do? Please rate this conversation.",
        [(ChannelLanguage.English, DefaultText.RatingRequestOther)] = "Please rate our agent's work: answer 1 if you are satisfied, 2 if you are not.",
        [(ChannelLanguage.English, DefaultText.BotNoMatch)] = "Sorry, I have no answer to that. Ask in other words, or send 0 to talk to an agent.",
        [(ChannelLanguage.English, DefaultText.BotOffersAgent)] = "Send 0 to talk to an agent.",
        [(ChannelLanguage.English, DefaultText.BotHandOver)] = "I am passing you to an agent: they will answer you here shortly.",
        [(ChannelLanguage.English, DefaultText.BotAgentsBack)] = "Our agents are away right now and will be back on {0}. Your conversation is waiting for them: they will answer you here.",
        [(ChannelLanguage.English, DefaultText.ConnectorPaused)] = "Thank you for your message. This channel is paused for now; we have kept your message and will answer it as soon as we can.",

        [(ChannelLanguage.French, DefaultText.Greeting)] = "Bonjour ! Comment pouvons-nous vous aider ?",
        [(ChannelLanguage.French, DefaultText.OutOfHours)] = "Merci pour votre message. Nous sommes fermés pour le moment et vous répondrons pendant nos heures d'ouverture.",
        [(ChannelLanguage.French, DefaultText.NoAgent)] = "Tous nos conseillers sont occupés. Restez avec nous : nous vous répondrons dès que l'un d'eux sera disponible.",
        [(ChannelLanguage.French, DefaultText.Closing)] = "Merci de nous avoir contactés. Bonne journée !",
        [(ChannelLanguage.French, DefaultText.Timeout)] = "Nous avons clos cette conversation. N'hésitez pas à nous écrire à nouveau.",
        [(ChannelLanguage.French, DefaultText.Unanswered)] = "Désolés pour l'attente ! Nous avons bien reçu votre message et un conseiller va vous répondre.",
        [(ChannelLanguage.French, DefaultText.Consent)] = "Pour vous répondre, nous traitons les données personnelles que vous nous donnez dans ce chat. Êtes-vous d'accord ?",
        [(ChannelLanguage.French, DefaultText.ConsentTitle)] = "Traitement des données personnelles",
        [(ChannelLanguage.French, DefaultText.Unavailable)] = "Ce chat n'est pas disponible pour le moment. Vous pouvez tout de même laisser un message : nous le lirons dès notre retour.",
        [(ChannelLanguage.French, DefaultText.RatingRequestLiveChat)] = "Comment notre conseiller vous a-t-il aidé ? Merci d'évaluer cette discussion.",
        [(ChannelLanguage.French, DefaultText.RatingRequestOther)] = "Merci d'évaluer le travail de notre conseiller : répondez 1 si vous êtes satisfait, 2 si vous ne l'êtes pas.",
        [(ChannelLanguage.French, DefaultText.BotNoMatch)] = "Désolé, je n'ai pas de réponse à cela. Reformulez votre question ou envoyez 0 pour parler à un conseiller.",
        [(ChannelLanguage.French, DefaultText.BotOffersAgent)] = "Envoyez 0 pour parler à un conseiller.",
        [(ChannelLanguage.French, DefaultText.BotHandOver)] = "Je vous transfère à un conseiller : il vous répondra ici sous peu.",
        [(ChannelLanguage.French, DefaultText.BotAgentsBack)] = "Nos conseillers sont absents pour le moment et seront de retour le {0}. Votre discussion les attend : ils vous répondront ici.",
        [(ChannelLanguage.French, DefaultText.ConnectorPaused)] = "Merci pour votre message. Ce canal est suspendu pour le moment ; nous avons gardé votre message et y répondrons dès que possible.",

        [(ChannelLanguage.Italian, DefaultText.Greeting)] = "Ciao! Come possiamo aiutarti?",
        [(ChannelLanguage.Italian, DefaultText.OutOfHours)] = "Grazie per il tuo messaggio. Ora siamo chiusi: ti risponderemo durante il nostro orario di lavoro.",
        [(ChannelLanguage.Italian, DefaultText.NoAgent)] = "Tutti i nostri operatori sono occupati. Resta con noi: ti risponderemo appena qualcuno sarà libero.",
        [(ChannelLanguage.Italian, DefaultText.Closing)] = "Grazie per averci contattato. Buona giornata!",
        [(ChannelLanguage.Italian, DefaultText.Timeout)] = "Abbiamo chiuso questa conversazione. Scrivici di nuovo quando vuoi.",
        [(ChannelLanguage.Italian, DefaultText.Unanswered)] = "Scusa per l'attesa! Abbiamo ricevuto il tuo messaggio e un operatore ti risponderà a breve.",
        [(ChannelLanguage.Italian, DefaultText.Consent)] = "Per risponderti trattiamo i dati personali che ci fornisci in questa chat. Sei d'accordo?",
        [(ChannelLanguage.Italian, DefaultText.ConsentTitle)] = "Trattamento dei dati personali",
        [(ChannelLanguage.Italian, DefaultText.Unavailable)] = "Questa chat non è disponibile al momento. Puoi comunque lasciare un messaggio: lo leggeremo appena torniamo.",
        [(ChannelLanguage.Italian, DefaultText.RatingRequestLiveChat)] = "Come ti ha aiutato il nostro operatore? Valuta questa conversazione.",
        [(ChannelLanguage.Italian, DefaultText.RatingRequestOther)] = "Valuta il lavoro del nostro operatore: rispondi 1 se sei soddisfatto, 2 se non lo sei.",
        [(ChannelLanguage.Italian, DefaultText.BotNoMatch)] = "Mi dispiace, non ho una risposta. Riformula la domanda o invia 0 per parlare con un operatore.",
        [(ChannelLanguage.Italian, DefaultText.BotOffersAgent)] = "Invia 0 per parlare con un operatore.",
        [(ChannelLanguage.Italian, DefaultText.BotHandOver)] = "Ti passo a un operatore: ti risponderà qui a breve.",
        [(ChannelLanguage.Italian, DefaultText.BotAgentsBack)] = "I nostri operatori ora non sono disponibili e torneranno {0}. La tua conversazione li aspetta: ti risponderanno qui.",
        [(ChannelLanguage.Italian, DefaultText.ConnectorPaused)] = "Grazie per il tuo messaggio. Questo canale è sospeso per ora: abbiamo conservato il tuo messaggio e ti risponderemo appena possibile.",

        [(ChannelLanguage.Polish, DefaultText.Greeting)] = "Dzień dobry! W czym możemy pomóc?",
        [(ChannelLanguage.Polish, DefaultText.OutOfHours)] = "Dziękujemy za wiadomość. Teraz nie pracujemy, odpowiemy w godzinach pracy.",
        [(ChannelLanguage.Polish, DefaultText.NoAgent)] = "Wszyscy konsultanci są teraz zajęci. Prosimy o chwilę cierpliwości: odpowiemy, gdy tylko ktoś będzie wolny.",
        [(ChannelLanguage.Polish, DefaultText.Closing)] = "Dziękujemy za kontakt. Miłego dnia!",
        [(ChannelLanguage.Polish, DefaultText.Timeout)] = "Zamknęliśmy tę rozmowę. Napisz do nas ponownie, kiedy tylko zechcesz.",
        [(ChannelLanguage.Polish, DefaultText.Unanswered)] = "Przepraszamy za oczekiwanie! Otrzymaliśmy Twoją wiadomość, konsultant wkrótce odpowie.",
        [(ChannelLanguage.Polish, DefaultText.Consent)] = "Aby Ci odpowiedzieć, przetwarzamy dane osobowe podane na tym czacie. Czy wyrażasz zgodę?",
        [(ChannelLanguage.Polish, DefaultText.ConsentTitle)] = "Przetwarzanie danych osobowych",
        [(ChannelLanguage.Polish, DefaultText.Unavailable)] = "Ten czat jest teraz niedostępny. Możesz zostawić wiadomość: przeczytamy ją, gdy tylko wrócimy.",
        [(ChannelLanguage.Polish, DefaultText.RatingRequestLiveChat)] = "Jak oceniasz pomoc naszego konsultanta? Oceń tę rozmowę.",
        [(ChannelLanguage.Polish, DefaultText.RatingRequestOther)] = "Oceń pracę naszego konsultanta: odpowiedz 1, jeśli jesteś zadowolony, lub 2, jeśli nie.",
        [(ChannelLanguage.Polish, DefaultText.BotNoMatch)] = "Niestety nie znam odpowiedzi. Zapytaj innymi słowami albo wyślij 0, aby porozmawiać z konsultantem.",
        [(ChannelLanguage.Polish, DefaultText.BotOffersAgent)] = "Wyślij 0, aby porozmawiać z konsultantem.",
        [(ChannelLanguage.Polish, DefaultText.BotHandOver)] = "Przekazuję rozmowę konsultantowi: odpowie tutaj wkrótce.",
        [(ChannelLanguage.Polish, DefaultText.BotAgentsBack)] = "Nasi konsultanci są teraz niedostępni i wrócą: {0}. Twoja rozmowa na nich czeka: odpowiedzą tutaj.",
        [(ChannelLanguage.Polish, DefaultText.ConnectorPaused)] = "Dziękujemy za wiadomość. Ten kanał jest chwilowo wstrzymany; zachowaliśmy Twoją wiadomość i odpowiemy na nią, gdy tylko będzie to możliwe.",
    };

    public static string For(ChannelLanguage language, DefaultText text) =>
        Texts.TryGetValue((language, text), out var found) ? found : Texts[(ChannelLanguage.English, text)];
}
