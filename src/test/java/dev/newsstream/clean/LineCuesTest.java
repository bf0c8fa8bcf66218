package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.clean.LineClassifier.Kind;
import dev.newsstream.clean.LineClassifier.Line;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Furniture cues that prose can hold too: a credit's words, a menu's guillemet, a neighbour language's function words. */
class LineCuesTest {
    private final LineClassifier classifier = new LineClassifier();

    private Line one(String text) {
        return classifier.classify(List.of(text)).get(0);
    }

    @Test
    void aPlayersTitleOverItsRunningTimeIsFurnitureButALiveBlogsPostIsNot() {
        String story = "Engineers found water seeping through cracks near the base of the wall and did not want to take any chances, the council said.";
        String next = "The quarry, which closed in 1998, has been filling with water since heavy rain at the start of the month.";
        List<Line> embed = classifier.classify(List.of(story, "Watch: Drone footage shows the water level in the quarry", "1:24", next));
        assertTrue(embed.get(1).hard());
        assertTrue(embed.get(2).hard());
        // a live blog: the post "Watch: …" under its time, then the next post's time and headline
        List<Line> live = classifier.classify(List.of(story, "14:52", "Watch: the minister's statement at the quay", "14:31",
                "Ferries cancelled for the rest of the day", next));
        assertFalse(live.get(2).hard());
        assertFalse(live.get(3).hard());
    }

    @Test
    void aCreditNamesItsMakerButProseMaySayPictureBy() {
        assertFalse(one("Officials said they hoped to have a clearer picture by the end of the month.").hard());
        assertFalse(one("The council wants a full picture by Friday, when the budget goes to the vote.").hard());
        assertTrue(one("Photo by Ada Marsh").hard());
        assertTrue(one("The quay at dawn on Tuesday. Photo by Harbour Pictures").hard());
        assertTrue(one("(Photo by the author)").hard());
        assertTrue(one("Terns on the spit at first light. Photo by the Cellan Wildlife Trust").hard());
        assertTrue(one("Volunteers clear the beach on Saturday (photo by reader Ada Marsh)").hard());
        assertFalse(one("Traders hope to have a fuller picture by Christmas, when the figures are due.").hard());
        for (String caption : List.of("A leégett csarnok hétfő reggel. Fotó: Tóth Anna", "Пором біля причалу. Фото: Олена Марченко",
                "Bến phà sáng thứ Hai. Ảnh: Minh Trí")) {
            assertTrue(one(caption).hard(), caption);
        }
    }

    @Test
    void anAuthorsBioMayNameTheSiteAsAPossessive() {
        assertTrue(one("Ada Marsh is Cellan Gazette’s environment correspondent. She previously covered farming for a regional daily.").hard());
        assertFalse(one("Tom Askew is Cellan’s best hope of a medal this summer, his coach said on Tuesday.").hard());
        assertFalse(one("Dr Ines Parra is Cellan Hospital’s director of emergency medicine. She said the ward was full.").hard(),
                "a story introducing its source");
        assertFalse(one("Harold Pell was Cellan’s best-known newspaper editor for three decades and died on Sunday aged 91.").hard(),
                "an obituary's lede");
    }

    @Test
    void aLineQuotingInGuillemetsIsNoMenu() {
        assertFalse(one("Il sindaco di Borgo Lanterna: «Restate in casa»").hard());
        assertFalse(one("»Wir bauen weiter«, sagt die Bürgermeisterin").hard());
        assertTrue(one("Accueil » Régions » Bretagne").hard());
        assertTrue(one("Startseite » Lokales » Hafen Cellan: »Wir bauen weiter«").hard(), "a breadcrumb ending in a quote");
        assertTrue(one("Vidéo · «Ici, tout le monde connaît un pêcheur»").hard(), "a related box's line");
        assertTrue(one("Sport »").hard());
    }

    // invented: islanders fear losing the early ferry to the mainland
    private static final List<String> CROATIAN = List.of(
            "Trajekt u zoru",
            "Stanovnici otoka i okolnih mjesta već tjednima čekaju odluku o novom redu plovidbe za zimu.",
            "Prema prijedlogu, prvi jutarnji trajekt od luke do kopna više neće ploviti, a to je za njih velik problem.",
            "Načelnik je rekao da će se otočani u subotu okupiti na rivi i pod prozorima lučke kapetanije.",
            "Roditelji kažu da bez ranog polaska djeca u gradu neće stići na prvi sat, a oni ne mogu plaćati stan na kopnu.",
            "Ministarstvo je odgovorilo da je odluka donesena zbog malog broja putnika i visokih troškova goriva.",
            "Poduzetnici upozoravaju da bi to moglo ubrzati odlazak mladih obitelji, a otok ih je već i tako izgubio previše.",
            "Konačna odluka o redu plovidbe očekuje se do kraja mjeseca, po završetku javnog savjetovanja.");

    @Test
    void aPageThatHitsAListOnlyThroughANeighboursWordsIsJudgedByShape() {
        List<Line> lines = classifier.classify(CROATIAN);
        for (Line l : lines.subList(1, lines.size())) {
            assertEquals(Kind.GOOD, l.kind(), l.text());
        }
    }

    @Test
    void aPageInAListedLanguageIsStillJudgedByItsStopWords() {
        // invented: the island ferry will run twice as often in winter
        List<String> polish = new ArrayList<>(List.of(
                "Rada portu zdecydowała w poniedziałek, że prom na wyspę będzie kursował zimą dwa razy częściej niż dotąd.",
                "Mieszkańcy, którzy dojeżdżają do pracy na stałym lądzie, od miesięcy skarżyli się na zbyt rzadkie połączenia.",
                "Jak powiedział przewodniczący rady, nowe kursy ruszą w listopadzie, a starszy statek nie zostanie jeszcze wycofany.",
                "Przedstawiciele przewoźnika przyznali, że dodatkowe rejsy będą kosztowały więcej, ale nie podali kwoty.",
                "Radni mają wrócić do tej sprawy na wiosnę, gdy będzie wiadomo, ilu pasażerów korzysta z nowych kursów."));
        // a sentence without a Polish function word: a widget's text on a Polish page, prose on a page judged by shape
        String foreign = "Harbour board approves the winter timetable after months of complaints from commuters and business owners on the island.";
        polish.add(foreign);
        List<Line> lines = classifier.classify(polish);
        assertEquals(Kind.GOOD, lines.get(0).kind());
        assertFalse(lines.get(lines.size() - 1).kind() == Kind.GOOD, "read as Polish, the English sentence is no body");
        assertEquals(Kind.GOOD, classifier.classify(List.of(foreign)).get(0).kind(), "alone, it is");
    }
}
