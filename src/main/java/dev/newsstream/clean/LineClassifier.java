package dev.newsstream.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Labels the lines of one page with jusText-style classes from general evidence: length, sentence
 * shape, stop-word density, and furniture cues (calls to action, credits, copyright, bios, links,
 * bylines, repeated lines). The stop-word list is chosen per page by which list hits most often.
 */
final class LineClassifier {

    enum Kind { BAD, SHORT, NEAR, GOOD }

    /**
     * One classified line. {@code hard} marks explicit furniture evidence, not mere shortness;
     * {@code rail} marks a line of a headline rail, furniture inside a page but no evidence that the
     * page has furniture; {@code tokens} are its lowercase words.
     */
    record Line(String text, int words, Kind kind, boolean hard, boolean teaserEnd, boolean byline, boolean titleShaped,
                boolean rail, List<String> tokens) {
        /** The same line judged furniture by evidence found around it (a widget run, a teaser card). */
        Line asFurniture() {
            return new Line(text, words, Kind.BAD, true, false, false, false, false, tokens);
        }

        /** The same line judged as a short line: a repeat that its context shows to be a section heading. */
        Line asShort() {
            return new Line(text, words, Kind.SHORT, false, false, false, false, false, tokens);
        }

        /** The same line as part of a headline rail. */
        Line asRail() {
            return new Line(text, words, Kind.BAD, true, false, false, false, true, tokens);
        }
    }

    // All patterns are anchored or bounded and free of nested quantifiers, so each runs in linear time.
    private static final Pattern URL_LINE = Pattern.compile("^(?:https?://|www\\.)\\S*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_START = Pattern.compile(
            "^[(\\[]?(?:(?:top|main|lead|header|featured|cover|hero)\\s)?(?:image|images|photo|photos|picture|pictures|photograph|illustration|graphic|video|foto|bild|imagen|crédit|credit)s?(?:\\s(?:credits?|courtesy|by|source))?\\s?[:|©]",
            Pattern.CASE_INSENSITIVE);
    /** Credit and copyright cues, matched as plain substrings of the lowercased line (fast, no backtracking). */
    private static final List<String> CREDIT_CUES = List.of(
            "getty images", "shutterstock", "istock", "ap photo", "afp via", "/ afp", "/afp", "/ reuters", "/reuters",
            "(image credit", "(photo credit", "photo credit:", "image credit:", "photo:", "foto:", "bild:", "©",
            // hu, ru/uk, fi, vi
            "fotó:", "фото:", "kuva:", "ảnh:");
    /**
     * Credits that name their maker: "Photo by Jane Roe". Opening the line or a clause, or else only
     * before a capitalised word that is no weekday, month, season, holiday or quarter, since prose has
     * "a clearer picture by the end of the month" and "a fuller picture by Christmas".
     */
    private static final List<String> MAKER_CUES = List.of("photo by ", "photos by ", "image by ", "images by ",
            "photograph by ", "photographs by ", "picture by ", "pictures by ", "illustration by ");
    private static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "tomorrow", "tonight", "next", "then",
            "christmas", "easter", "spring", "summer", "autumn", "winter", "q1", "q2", "q3", "q4");
    /**
     * A caption's credit after a label at its end ("… on the quay. Photograph: Harbour Pictures"):
     * the label capitalised, opening the line or after a sentence, and only a short credit after it
     * ("… kept one thing, a photograph: his wife waving from the jetty" is prose).
     */
    private static final List<String> TRAILING_CREDIT_LABELS = List.of("photograph", "illustration", "fotograf", "zdjęcie", "credit:");
    /**
     * A caption's closing credit: after its sentence, or (a tabloid's "Credit:") after its last word,
     * naming its source in capitals ("Credit: Instagram/jane", not "Universal Credit: what changes").
     */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?:(?:^|[.!?]\\s)(?:Photograph|Photographs|Photography|Illustration|Fotografía|Fotografia|Zdjęcie)\\s?:\\s?\\p{Lu}\\S*(?:\\s\\S+){0,5}"
                    + "|\\sCredit:\\s?\\p{Lu}\\S*(?:\\s\\p{Lu}\\S*){0,3}(?<![.!?]))$");
    /** A caption's screen-reader label opening the line: "Image copyright Reuters", "Image caption The quay at dawn". */
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^(?i:(?:image|photo|picture|media|video) (?:copyright|caption))(?:\\b|(?=\\p{Lu}))");
    /**
     * A call to read on elsewhere, opening the line or after a dash, colon, bar or sentence end
     * ("Plan your trip—read the rest of our guide", "READ THE REST"); "She read the rest of the
     * letter" reports reading.
     */
    private static final Pattern READ_ON = Pattern.compile(
            "(?:^|[—–:|.!?»›]\\s*)read (?:the rest|the full (?:story|article)|full (?:story|article))\\b", Pattern.CASE_INSENSITIVE);
    /**
     * An editor's note on the story, in the stop-word languages: a label ("Update", "Correction",
     * "Editor's note", "Mise à jour", "Korrektur" …), perhaps a time, a colon, then a sentence.
     */
    private static final Pattern UPDATE_NOTE = Pattern.compile(
            "^(?i:updated?|correction|clarification|editor['’]?s['’]? note|aktualisierung|korrektur|nachtrag"
                    + "|actualización|corrección|aclaración|nota del editor|nota de la redacción|mise à jour|rectificatif"
                    + "|note de la rédaction|aggiornamento|correzione|nota della redazione|atualização|correção"
                    + "|nota da redação|aktualizacja|sprostowanie)\\b[^:]{0,40}:\\s*(\\S.*)$");
    /**
     * "This post originally appeared on …", "Dieser Artikel erschien zuerst …", "Este artículo fue
     * publicado originalmente …", "Cet article a été initialement publié …": a syndicated story's note.
     */
    private static final Pattern FIRST_PUBLISHED = Pattern.compile(
            "(?i)(?:this|the) (?:post|story|article|piece|essay|column|report) (?:was |has been )?(?:originally|first) "
                    + "(?:appeared|published|ran|posted)|diese[rs]? (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|ursprünglich)"
                    + "|este (?:artículo|texto) (?:fue publicado|se publicó) (?:originalmente|por primera vez)"
                    + "|cet article a (?:été )?(?:initialement|d'abord|d’abord) (?:publié|paru)");
    /** A wire story's staff line: "Reporting by Jane Roe; Editing by John Doe", "Additional reporting by …". */
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "(?:Additional r|R)eporting by \\p{Lu}[^;]{1,80}(?:;|$)|(?:Writing|Editing) by \\p{Lu}[^;]{1,80}(?:;|$)");
    /** Longest such note: a sentence, not a paragraph that happens to open with the words. */
    private static final int MAX_NOTE_CHARS = 200;
    /** Words of the sentence after an editor's note label; a date after "Updated:" is a header's stamp. */
    private static final int MIN_NOTE_WORDS = 3;
    /** An Instagram embed's credit: "A post shared by Name (@handle) on ...". */
    private static final Pattern EMBED_CREDIT = Pattern.compile("^A post shared by .{1,80}\\(@[\\w.]+\\)");
    /** Reserved-rights phrases in the stop-word languages. */
    private static final List<String> RIGHTS_CUES = List.of(
            "all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados", "tous droits réservés",
            "todos os direitos reservados", "tutti i diritti riservati", "wszelkie prawa zastrzeżone",
            // Korean papers close every story with "no reproduction or redistribution without permission"
            "무단 전재", "무단전재", "재배포 금지");
    /** A reproduction notice in full, a paragraph of its own after the story that opens so (syndication terms). */
    private static final List<String> REPRODUCTION_OPENINGS = List.of("this document is subject to copyright",
            "this material may not be published", "this article may not be reproduced", "this story may not be reproduced");
    private static final int MAX_REPRODUCTION_NOTICE_WORDS = 60;
    /** A syndicated story's source under it: "Provided by University of Brackwater". */
    private static final Pattern PROVIDED_BY = Pattern.compile("^Provided by \\p{Lu}[^.!?]*$");
    private static final int MAX_PROVIDED_BY_WORDS = 8;
    /** "ⓒ" (circled c) stands for "©" on Korean and Japanese sites. */
    private static final List<String> COPYRIGHT_CUES = Stream.concat(
            Stream.of("©", "ⓒ", "(c) 19", "(c) 20"), RIGHTS_CUES.stream()).toList();
    /** A line naming copyright is a notice only with a year or alone with a name; news writes of copyright too. */
    private static final int MAX_BARE_COPYRIGHT_WORDS = 6;
    /** Longest line a call to action (a phrase from cta-phrases.txt, "read the rest of …") marks as furniture. */
    private static final int MAX_CTA_WORDS = 20;
    /** Most words of a label closing a teaser card; "Read the rest of this entry" is six. */
    static final int MAX_TEASER_LABEL_WORDS = 6;
    /**
     * "Jane Roe is a staff writer at ...": one to three capitalised words, a copula, an article, a
     * profession. A bio set in title case ("Jane Roe Is a Senior Reporter at ...") is taken only when
     * the line ends with a full stop: a headline is title case too ("Why Jane Roe Is the Director We
     * Need", "Mayor Is a Terrible Director!").
     */
    private static final String BIO_SHAPE =
            "^\\p{Lu}\\S*(?:\\s\\p{Lu}\\S*){0,2}\\s(?%s:(?:is|was|has been|has worked as|works as|serves as)\\s(?:a|an|the)|writes\\s(?:for|about))\\s[^.]{0,80}\\b(?i:writer|reporter|editor|journalist|correspondent|columnist|contributor|author|freelancer|producer|fellow|analyst|intern|founder|ceo|director|consultant|professor|lecturer|researcher|student|historian|scientist)s?\\b";
    private static final Pattern BIO = Pattern.compile(String.format(BIO_SHAPE, "-i"));
    /**
     * "Jane Roe is Harbour Press’s environment correspondent": a name, "is", a possessive name and,
     * within three words, a newsroom trade. Stories introduce sources the same way ("Dr Roe is the
     * clinic's director", "… is Harold's granddaughter"), so only a newsroom trade counts here.
     */
    private static final Pattern BIO_POSSESSIVE = Pattern.compile(
            "^\\p{Lu}\\S*(?:\\s\\p{Lu}\\S*){0,2}\\sis\\s(?:\\p{Lu}\\S*\\s){0,2}\\p{Lu}\\S*[’']s\\s(?:\\S+\\s){0,3}?"
                    + "(?:writer|reporter|editor|journalist|correspondent|columnist|contributor)s?\\b");
    private static final Pattern BIO_TITLE_CASE = Pattern.compile(String.format(BIO_SHAPE, "i"));
    /** Inline teaser labels: "Read also: ...", "See also: ...", and their common equivalents in de/es/fr. */
    private static final Pattern ALSO_READ = Pattern.compile(
            "^(?:(?:also|read|see)(?:\\s(?:also|more))?|related|lee\\stambién|lire\\saussi|voir\\saussi|lesen\\ssie\\sauch|siehe\\sauch|mehr\\szum\\sthema"
                    // languages without a stop-word list here: sv, no, da, fi, cs, hu, ro, tr, id
                    + "|läs\\s(?:också|mer)|les\\s(?:også|mer)|læs\\s(?:også|mere)|lue\\s(?:myös|lisää)|čtěte\\staké"
                    + "|přečtěte\\ssi\\staké|olvassa\\sel|citește\\sși|citeste\\ssi|ilgili\\shaber(?:ler)?|baca\\sjuga"
                    // hr/sr/bs, ca, el, uk, ru, vi, sw, hi
                    + "|pro[čc]itajte\\s(?:i|još|jos)|llegiu\\stambé|llegeix\\stambé|vegeu\\stambé|διαβάστε\\s(?:επίσης|ακόμη)"
                    + "|читайте\\s(?:також|также)|xem\\sthêm|đọc\\sthêm|soma\\s(?:pia|zaidi)|यह\\sभी\\sपढ़ें"
                    // tl, ar, bg, sk, lt, bn, he, th, fa, ms
                    + "|basahin(?:\\s(?:din|rin|pa))?|اقرأ\\s(?:أيضاً|أيضا)|вижте\\s(?:още|също)|прочетете\\sоще"
                    + "|prečítajte\\ssi\\s(?:aj|tiež)|čítajte\\s(?:aj|tiež)|skaitykite\\s(?:taip\\spat|daugiau)|আরও\\sপড়ুন"
                    + "|קראו\\sגם|ข่าวที่เกี่ยวข้อง|อ่าน(?:เพิ่มเติม|ต่อ)|بیشتر\\sبخوانید|baca\\slagi)\\s?:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Labels that also open prose ("Auch interessant: Schon vor zwei Jahren hatte …."): a teaser only
     * over a headline, which has no full stop and is short.
     */
    private static final Pattern INTERESTING_TOO = Pattern.compile(
            "^(?:mehr\\sdazu|auch\\sinteressant|das\\skönnte\\ssie\\sauch\\sinteressieren|(?:te|le)\\spuede\\sinteresar|lees\\s(?:ook|meer))\\s?:",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_INTERESTING_LABEL_WORDS = 20;
    /**
     * Spanish outlets head an inline teaser with a bare imperative, "Lea: <headline>". Matched case
     * for case and only on a line that does not end like a sentence: "Lea" is also a first name,
     * and a transcript's "Lea: I agree." is a sentence.
     */
    private static final Pattern BARE_READ = Pattern.compile("^Lea\\s?:\\s*\\p{Lu}");
    /**
     * An app-download prompt: a line that opens with the imperative and ends with the app ("Get the
     * news on your phone with the Courier app.", "Descarga la aplicación"). A sentence reporting on
     * an app does not open with the imperative; a quoted appeal opens with a quote mark.
     */
    private static final Pattern APP_PROMPT = Pattern.compile(
            "^(?:get|download|install|descarga|descargue|baixe|scarica|téléchargez|pobierz)\\s[^.!?]{0,150}"
                    + "\\b(?:app|apps|aplicación|aplicativo|applicazione|l'application|l’application|aplikację)[.!]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_FOLLOW_WORDS = 15;
    /** A standing notice is a short line, and its phrase opens it (after "This", "If you"). */
    private static final int MAX_NOTICE_WORDS = 25;
    private static final int NOTICE_REACH = 3;
    /** The verb of a follow call, or its stem, in the languages of news sites ("sledujte", "ติดตาม"). */
    private static final List<String> FOLLOW_CUES = List.of("follow", "like us", "find us", "join us", "subscribe", "sleduj", "obserwuj",
            "folg", "síg", "suiv", "segu", "volg", "følg", "följ", "seuraa", "takip", "ikuti", "i-follow", "urmăr", "követ",
            "стежте", "подпис", "следите", "ติดตาม", "关注", "關注", "フォロー", "팔로우", "theo dõi");

    /** A follow call's verb somewhere in the line: a report naming two platforms has none. */
    private static boolean followCue(String lower) {
        return containsAny(lower, FOLLOW_CUES);
    }
    /**
     * A short line naming two platforms, not led by one: the site's "follow us" line in any language
     * ("Sledujte nás na Facebooku a Instagrame"); "Facebook and TikTok face new rules" leads with one.
     * Read in the lower-cased text, as tokens split "YouTube" and "TikTok" at their capitals.
     */
    private static boolean namesPlatforms(String lower) {
        int named = 0;
        boolean first = true;
        boolean inWord = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean letter = c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLetter(c);
            if (letter && !inWord) {
                if (platformAt(lower, i)) {
                    if (first) {
                        return false;
                    }
                    named++;
                }
                first = false;
            }
            inWord = letter;
        }
        return named >= 2;
    }

    /** A social platform's name at {@code i}, by the stem it keeps when inflected ("na Facebooku a Instagrame"). */
    private static boolean platformAt(String lower, int i) {
        // every short line of a page passes here: one character decides which name to compare
        return switch (lower.charAt(i)) {
            case 'f' -> lower.startsWith("facebook", i);
            case 'i' -> lower.startsWith("instagram", i);
            case 'y' -> lower.startsWith("youtube", i);
            case 't' -> lower.startsWith("tiktok", i) || lower.startsWith("telegram", i) || lower.startsWith("twitter", i);
            case 'w' -> lower.startsWith("whatsapp", i);
            case 'l' -> lower.startsWith("linkedin", i);
            case 'p' -> lower.startsWith("pinterest", i);
            case 's' -> lower.startsWith("snapchat", i);
            case 'b' -> lower.startsWith("bluesky", i);
            case 'm' -> lower.startsWith("mastodon", i);
            default -> false;
        };
    }

    /**
     * Chinese app and LINE prompts ("打开…客户端，阅读更多", "看更多…新聞，請加入LINE官方帳號"), the note under an
     * AI summary ("以上内容由AI生成") and the editor's line without its brackets ("責任編輯：張雅婷").
     */
    private static final Pattern CJK_APP_OR_AI_NOTE = Pattern.compile(
            "^(?:(?:打开|下载|打開|下載).{1,20}(?:客户端|客戶端|APP|App|app)[，,、\\s]*(?:阅读|閱讀|查看|看更多|获取更多|更多)"
                    + "|以上(?:内容|內容|摘要)由AI生成|.{0,30}(?:請|请)加入LINE"
                    + "|(?:责任编辑|責任編輯)[:：]\\s?\\S{1,12}$).*");
    /** The label a byline opens with, matched in any case ("By", "Von", "Author:"). */
    static final Pattern BYLINE_LABEL = Pattern.compile(
            "^(?i:(?:by|written by|words by|reporting by|story by|compiled by|reported by"
                    + "|(?:text|words|photos?|photographs|pictures)\\sand\\s(?:text|words|photos?|photographs|pictures)\\sby|von|por|par)\\s+"
                    + "|(?:author|autor|autora|auteur|autore|szerző|forfatter|författare|kirjoittaja|yazar|haber|penulis)\\s?:\\s*)");
    // The name's capital is matched as a capital: a case-insensitive flag on the whole pattern would
    // let \p{Lu} match "by the end of the year" too.
    private static final Pattern BYLINE = Pattern.compile(BYLINE_LABEL.pattern() + "\\p{Lu}");
    /**
     * "Av Kari Lund", "Af Mette Holm", "Door Jan de Vries": a label that is also a common preposition
     * counts only with a name alone after it, two or three capitalised words and a name particle.
     */
    private static final Pattern NAME_ONLY_BYLINE = Pattern.compile(
            "^(?:Av|AV|Af|AF|Door|DOOR)\\s\\p{Lu}[\\p{L}'’-]+(?:\\s(?:\\p{Lu}[\\p{L}'’-]+|van|de|der|den|von|af)){1,3}$");
    /**
     * A line set into the story that belongs to no box around it: an ad slot's label, an inline
     * "read also" link with its headline, or a photo's caption with its credit at its end. The
     * paragraphs on either side of it are neighbours.
     */
    static boolean inlineInsert(Line l) {
        return labelInsert(l) || captionInsert(l);
    }

    /** An ad slot's label or an inline "read also" link with its headline (see {@link #inlineInsert}). */
    static boolean labelInsert(Line l) {
        if (!l.hard() || l.words() > MAX_INLINE_INSERT_WORDS) {
            return false;
        }
        if (adLabel(l.tokens())) {
            return true;
        }
        // with its headline after the colon: a label alone ("Related:") heads the teaser on the next line
        int colon = l.text().indexOf(':');
        return colon > 0 && Tokens.wordCount(l.text().substring(colon + 1)) >= MIN_INSERT_HEADLINE_WORDS
                && ALSO_READ.matcher(l.text()).find();
    }

    /** A photo's caption with its credit at its end, set into the story (see {@link #inlineInsert}). */
    static boolean captionInsert(Line l) {
        return l.hard() && l.words() <= MAX_INLINE_INSERT_WORDS && l.text().indexOf(':') > 0 && captionCredited(l);
    }

    /** The words a caption's credit is labelled with, lower-cased: the expressions run only on lines holding one. */
    private static final Set<String> CREDIT_LABEL_WORDS = Set.of("photo", "photos", "picture", "pictures", "image", "images",
            "foto", "fotos", "fotó", "bild", "kuva", "фото", "ảnh", "credit", "photograph", "photographs", "photography",
            "illustration", "fotografía", "fotografia", "zdjęcie");

    private static boolean captionCredited(Line l) {
        for (String token : l.tokens()) {
            if (CREDIT_LABEL_WORDS.contains(token)) {
                return TRAILING_CREDIT.matcher(l.text()).find() || CAPTION_CREDIT.matcher(l.text()).find();
            }
        }
        return false;
    }

    /** A caption's sentence with its photo's credit after it: "Swimmers wait their turn. Foto: Mart Lepik". */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "[.!?]\\s(?:Photos?|Pictures?|Images?|Fotos?|Fotó|Bild|Kuva|Фото|Ảnh|Credit)\\s?:\\s?\\p{Lu}\\S*(?:\\s\\S+){0,5}$");

    private static final int MAX_INLINE_INSERT_WORDS = 20;
    private static final int MIN_INSERT_HEADLINE_WORDS = 3;
    /** Longest ad label: "Story continues below advertisement". */
    private static final int MAX_AD_LABEL_WORDS = 6;

    private static boolean adLabel(List<String> toks) {
        return !toks.isEmpty() && Lexicon.get().adLabel.prefixMatch(toks) == toks.size();
    }

    /** The byline's name: the line without its label. */
    static String withoutBylineLabel(String line) {
        String name = BYLINE_LABEL.matcher(line).replaceFirst("");
        return NAME_ONLY_BYLINE.matcher(name).matches() ? name.substring(name.indexOf(' ') + 1) : name;
    }

    /**
     * Chinese and Japanese papers' staff and link labels: the editor in charge in brackets after
     * the story ("（责任编辑：王晓雯）"), and a related article behind its bracketed label
     * ("【関連記事】…", "【相关阅读】…").
     */
    private static final Pattern CJK_STAFF_OR_LINK = Pattern.compile(
            "^(?:[（(]\\s?(?:责任编辑|責任編輯|编辑|編輯|编审|校对)\\s?[:：][^）)]{1,20}[）)]|【(?:関連記事|相关阅读|相关新闻|相關閱讀|あわせて読みたい|PR|広告)】.*)$");

    /** A gallery's or quiz's counter: "3 of 12", "Bild 2 von 8", "Question 1 of 5". */
    private static final Pattern COUNTER = Pattern.compile(
            "^(?:(?:photo|image|picture|slide|question|foto|bild|frage|imagen|pregunta|immagine|domanda|zdjęcie|pytanie)\\s)?"
                    + "\\d{1,3}\\s?(?:of|/|von|de|di|z|van|av|af|из)\\s?\\d{1,3}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAV_SEPARATOR = Pattern.compile("\\s[|»›•·]\\s|^[|»›•·]|[|»›•·]$");

    /** Longest line taken for a related-content label: a label of up to three words and a short name. */
    private static final int MAX_RELATED_LABEL_WORDS = 6;

    private final Lexicon lex = Lexicon.get();
    private final CallsToAction calls = new CallsToAction(lex.cta);

    List<Line> classify(List<String> texts) {
        int n = texts.size();
        String[] lowers = new String[n];
        List<List<String>> tokens = new ArrayList<>(n);
        // One stop-word lookup per token serves the language pick, the density and the title test.
        int[][] bits = new int[n][];
        for (int i = 0; i < n; i++) {
            lowers[i] = texts.get(i).toLowerCase(Locale.ROOT);
            List<String> toks = Tokens.words(texts.get(i), lowers[i]);
            tokens.add(toks);
            int[] b = new int[toks.size()];
            for (int k = 0; k < b.length; k++) {
                Integer v = lex.stopwordBits.get(toks.get(k));
                b[k] = v == null ? 0 : v;
            }
            bits[i] = b;
        }
        int stop = pickStopwords(bits);
        Set<String> seen = new HashSet<>();
        Line[] out = new Line[n];
        boolean announced = false;
        for (int i = 0; i < n; i++) {
            String text = texts.get(i);
            // bullets under a line that ends with a colon are its list, however their items are set
            announced = announced && bulleted(text) || i > 0 && texts.get(i - 1).endsWith(":") && bulleted(text);
            // only a short line can be a table's heading row: the look-ahead is not paid on every line
            boolean overRows = text.length() <= MAX_TABLE_HEADING_CHARS && tableRowsFollow(texts, i);
            out[i] = classifyOne(text, lowers[i], tokens.get(i), bits[i], stop, seen, overRows, announced);
        }
        markCountLabelRuns(out);
        WidgetLabels.markPlayers(out);
        HeadlineRails.mark(out);
        return List.of(out);
    }

    /** "October (2)", "► 2019 (4)", "Politics (34)": a short label and a bracketed count. */
    private static final Pattern COUNT_LABEL = Pattern.compile("^[^\\p{L}\\p{N}]{0,3}[\\p{L}\\p{N}][^()]{0,40}\\s\\(\\d{1,6}\\)$");
    private static final int MAX_COUNT_LABEL_WORDS = 5;
    /** A line that is one text twice over, each at least this long: a card's alt text and link text. */
    private static final int MIN_DOUBLED_CHARS = 10;
    /** A repeat opening a longer line is a headline's length: these many characters and words. */
    private static final int MIN_REPEAT_CHARS = 20;
    private static final int MIN_REPEAT_WORDS = 4;
    /** A widget's lines behind a disclosure or bullet mark ("► 2031 (4)"): three in a row. */
    private static final int MIN_MARKED_RUN = 3;
    /** Without marks: five in a row, more than a results list of a few parties or players usually has. */
    private static final int MIN_UNMARKED_RUN = 5;

    /**
     * Consecutive label-and-count lines are an archive or category widget (posts per month, per
     * topic). Digits keep them out of the menu test, so they are marked as furniture here. A short
     * run without marks may be a table (seats per party, goals per player), and a run announced by
     * a colon is the article's own list, so neither is.
     */
    private static void markCountLabelRuns(Line[] lines) {
        int runStart = 0;
        boolean marked = false;
        for (int i = 0; i <= lines.length; i++) {
            if (i < lines.length && isCountLabel(lines[i])) {
                marked |= !Character.isLetterOrDigit(lines[i].text().codePointAt(0));
                continue;
            }
            boolean announced = runStart > 0 && lines[runStart - 1].text().endsWith(":");
            if (!announced && i - runStart >= (marked ? MIN_MARKED_RUN : MIN_UNMARKED_RUN)) {
                for (int k = runStart; k < i; k++) {
                    lines[k] = lines[k].asFurniture();
                }
            }
            runStart = i + 1;
            marked = false;
        }
    }

    private static boolean isCountLabel(Line l) {
        return l.words() <= MAX_COUNT_LABEL_WORDS && l.text().endsWith(")") && COUNT_LABEL.matcher(l.text()).matches();
    }

    /** Words a page needs before the absence of a language's signature words counts against it. */
    private static final int MIN_SIGNATURE_SAMPLE = 100;
    /** Share of a page's words that are its language's signature words: 2–12% in prose of each listed language. */
    private static final double MIN_SIGNATURE_SHARE = 0.01;

    /** The bit of the stop-word language that hits most often on this page, or 0 when none fits. */
    private static int pickStopwords(int[][] bits) {
        int[] hits = new int[Lexicon.LANGUAGES.size()];
        int[] signatures = new int[hits.length];
        int total = 0;
        int sample = Math.min(bits.length, 400);
        for (int i = 0; i < sample; i++) {
            for (int b : bits[i]) {
                total++;
                for (int k = 0; b != 0 && k < hits.length; k++) {
                    hits[k] += (b >> k) & 1;
                    signatures[k] += (b >> (Lexicon.SIGNATURE_SHIFT + k)) & 1;
                }
            }
        }
        int best = 0;
        for (int k = 1; k < hits.length; k++) {
            best = hits[k] > hits[best] ? k : best;
        }
        // A page in a language without a list: density is not evidence, shape and length decide. So is
        // a page that hits a list only through words it shares with a neighbour (Croatian the Polish
        // list): the language's own frequent words must be there too, once there is text enough to tell.
        boolean fits = hits[best] > 0 && hits[best] >= 0.12 * total;
        boolean foreign = total >= MIN_SIGNATURE_SAMPLE && signatures[best] < MIN_SIGNATURE_SHARE * total;
        return fits && !foreign ? 1 << best : 0;
    }

    /** Longest heading row looked at: four words. */
    private static final int MAX_TABLE_HEADING_CHARS = 60;
    /** Rows of figures that a table's heading row stands over: the next two lines, short, each with a figure. */
    private static final int TABLE_ROWS = 2;
    private static final int MAX_TABLE_ROW_WORDS = 12;

    private static boolean tableRowsFollow(List<String> texts, int i) {
        if (i + TABLE_ROWS >= texts.size()) {
            return false;
        }
        for (int k = i + 1; k <= i + TABLE_ROWS; k++) {
            String t = texts.get(k);
            if (!Tokens.hasDigit(t) || Tokens.wordCount(t) > MAX_TABLE_ROW_WORDS || endsLikeSentence(t)) {
                return false;
            }
        }
        return true;
    }

    private Line classifyOne(String text, String lower, List<String> toks, int[] bits, int stop, Set<String> seen,
                             boolean overTableRows, boolean announcedBullet) {
        int words = Tokens.wordCount(text);
        int marks = marks(text);
        boolean sentence = endsLikeSentence(text);
        // All-caps repeats are table headings (sports standings), not furniture.
        boolean repeated = !seen.add(lower) && words >= 2 && words <= 30 && !text.toUpperCase(Locale.ROOT).equals(text);
        boolean readOn = words <= MAX_CTA_WORDS && callsToReadOn(text);
        boolean teaserEnd = teaserLabel(lex, text, toks, words);
        boolean byline = words <= 8 && (BYLINE.matcher(text).find()
                || !text.isEmpty() && (text.charAt(0) == 'A' || text.charAt(0) == 'D') && NAME_ONLY_BYLINE.matcher(text).matches());
        int cta = words <= MAX_CTA_WORDS ? lex.cta.longestMatch(toks) : 0;
        boolean hard = teaserEnd
                || (words <= 60 && opensWithARepeat(text))
                || byline
                || (maybeUrl(lower) && URL_LINE.matcher(text).matches())
                || (words <= 40 && (marks & COLON) != 0 && ALSO_READ.matcher(text).find())
                || (words <= MAX_INTERESTING_LABEL_WORDS && !sentence && (marks & COLON) != 0 && INTERESTING_TOO.matcher(text).find())
                || (words <= 40 && !sentence && (marks & COLON) != 0 && BARE_READ.matcher(text).find())
                || (words <= MAX_RELATED_LABEL_WORDS && !sentence && isRelatedLabel(toks))
                || (cta > 1 && calls.isCall(text, words, sentence))
                // A one-word label ("Home", "Share") opens its line; "Everyone stayed home." and "“Go home.”" are prose.
                // ...unless it closes a table's heading row ("Candidate Votes Share" over rows of figures)
                || (cta == 1 && words <= 4 && !callShaped(text) && !proseAroundLabel(text, toks, words)
                        && !(overTableRows && lex.cta.prefixMatch(toks) == 0))
                || WidgetLabels.matches(text, words)
                || (words <= 4 && Tokens.hasDigit(text) && COUNTER.matcher(text).matches())
                || (words <= 40 && !text.isEmpty() && (text.charAt(0) == '（' || text.charAt(0) == '(' || text.charAt(0) == '【')
                        && CJK_STAFF_OR_LINK.matcher(text).matches())
                || (words <= MAX_AD_LABEL_WORDS && adLabel(toks))
                || readOn
                || (words <= MAX_CTA_WORDS && text.startsWith("A post shared by ") && EMBED_CREDIT.matcher(text).lookingAt())
                // One appeal phrase marks a paragraph of a notice's length (an affiliate disclosure or a
                // cookie banner runs to 60 words); a longer one needs two (prose may say "tax-deductible"),
                // and so does a paragraph quoting someone: appeals do not quote, reports of donors do.
                || appealed(toks, text, words)
                || (words <= MAX_CONSENT_WORDS && (lower.contains("cooki") || lower.contains("traceur")) && consentNotice(toks))
                || (words <= 25 && APP_PROMPT.matcher(text).matches())
                || (words <= MAX_FOLLOW_WORDS && !sentence && namesPlatforms(lower) && followCue(lower))
                || (words <= MAX_NOTICE_WORDS && lex.notice.firstAt(toks, NOTICE_REACH) >= 0 && !quotes(text))
                || (words <= 40 && !text.isEmpty() && dev.newsstream.model.Texts.isCjk(text.charAt(0)) && CJK_APP_OR_AI_NOTE.matcher(text).lookingAt())
                || (words <= 60 && text.indexOf('@') >= 0 && givesAddress(text) && lex.contact.longestMatch(toks) > 0)
                || (words <= 150 && lex.disclaimerLabel.matcher(text).find())
                || ((marks & CREDIT_MARKS) != 0 && CREDIT_START.matcher(text).find())
                || (words <= 40 && creditCue(text, lower))
                || (words <= 30 && (containsAny(lower, COPYRIGHT_CUES) || copyrightNotice(text, lower, words)))
                || (words <= MAX_REPRODUCTION_NOTICE_WORDS && lower.startsWith("this ") && startsWithAny(lower, REPRODUCTION_OPENINGS))
                || (words <= MAX_PROVIDED_BY_WORDS && text.startsWith("Provided by ") && PROVIDED_BY.matcher(text).matches())
                || (words <= 80 && maybeBio(lower) && (BIO.matcher(text).find() || text.endsWith(".") && BIO_TITLE_CASE.matcher(text).find()
                        || BIO_POSSESSIVE.matcher(text).find()))
                || (words <= 12 && !sentence && (marks & NAV_MARKS) != 0 && NAV_SEPARATOR.matcher(text).find()
                        && !guillemetQuote(text) && !bulletItem(text, words, bits, stop, announcedBullet));
        boolean titleShaped = !hard && !repeated && isTitleShaped(text, bits, words, stop);
        if (repeated && !hard) {
            // A repeat counts against the line but is not furniture evidence: reports repeat table headings.
            return new Line(text, words, Kind.BAD, false, false, false, false, false, toks);
        }
        if (hard) {
            return new Line(text, words, Kind.BAD, true, teaserEnd, byline, false, false, toks);
        }
        double density = stop == 0 ? 1.0 : density(bits, stop);
        if (density < 0.12 && words >= 6 && Tokens.mostlyCjk(text)) {
            density = 1.0; // a Chinese or Japanese line on a page in a listed language: its stop words say nothing
        }
        Kind kind;
        if (words >= 12 && density >= 0.2 && (sentence || words >= 25)) {
            kind = Kind.GOOD;
        } else if (words >= 6 && density >= 0.12 && (sentence || words >= 20)) {
            kind = Kind.NEAR;
        } else if (words >= 20) {
            kind = Kind.BAD; // long but stop-word-free: a tag cloud or link list
        } else {
            kind = Kind.SHORT;
        }
        return new Line(text, words, kind, false, false, false, titleShaped, false, toks);
    }

    /** Words a bulleted list item has at least: "• lorries will use the bypass", not "• Share on X". */
    private static final int MIN_BULLET_ITEM_WORDS = 4;

    private static boolean bulleted(String text) {
        return text.length() >= 2 && "•·".indexOf(text.charAt(0)) >= 0 && Character.isWhitespace(text.charAt(1));
    }

    /**
     * A list item behind a bullet ("• cars will be sent along Station Road,"): the glyph opens the
     * line and a phrase of prose follows, with no other separator, set as an item (in lower case,
     * or ending with a comma, semicolon or full stop) or under a line that announces it with a
     * colon. A menu's bullets stand between its links ("News • Sport"), before a link of a word or
     * two, or before a rail of headlines ("• Council to borrow £4m for new harbour wall").
     */
    private static boolean bulletItem(String text, int words, int[] bits, int stop, boolean announced) {
        if (words < MIN_BULLET_ITEM_WORDS || !bulleted(text) || NAV_SEPARATOR.matcher(text.substring(2)).find()
                || stop != 0 && density(bits, stop) < 0.12) {
            return false;
        }
        String item = text.substring(2).strip();
        char end = item.isEmpty() ? ' ' : item.charAt(item.length() - 1);
        return announced || !item.isEmpty() && Character.isLowerCase(item.charAt(0)) || end == ',' || end == ';' || end == '.';
    }

    /** A line that heads a box of links to other stories ("Otras noticias", "More in Politics"). */
    boolean headsRelatedBox(Line l) {
        return l.hard() && l.words() <= MAX_RELATED_LABEL_WORDS && !endsLikeSentence(l.text()) && isRelatedLabel(l.tokens());
    }

    /**
     * The whole line is a related-content label ("Explore further"), or a label that names its
     * source opens it ("More in Politics"). The caller bounds the line's length.
     */
    private boolean isRelatedLabel(List<String> toks) {
        int label = lex.related.prefixMatch(toks);
        return label > 0 && label == toks.size() || lex.relatedHead.prefixMatch(toks) > 0;
    }

    /** A label closing a teaser card: "Read more", "Weiterlesen", "Read the rest of this entry". */
    static boolean teaserLabel(Lexicon lex, String text, List<String> toks, int words) {
        return words <= MAX_TEASER_LABEL_WORDS && (lex.teaser.longestMatch(toks) > 0 || callsToReadOn(text));
    }

    /** A photo credit or caption label anywhere a credit stands: a cue in the line, or a screen-reader label opening it. */
    private static boolean creditCue(String text, String lower) {
        return containsAny(lower, CREDIT_CUES) || namesMaker(text, lower) || CAPTION_LABEL.matcher(text).lookingAt()
                || text.indexOf(':') > 0 && containsAny(lower, TRAILING_CREDIT_LABELS) && TRAILING_CREDIT.matcher(text).find();
    }

    /**
     * A line quoting someone in guillemets, «…» or »…« (or single ‹…›), as many opening marks as
     * closing ones and no other separator: a headline or subhead in French, Italian, Spanish, German
     * or Ukrainian, not a menu whose separator a guillemet can be ("Startseite » Lokales » …»…«").
     */
    static boolean guillemetQuote(String text) {
        if (text.indexOf('|') >= 0 || text.contains(" · ") || text.contains(" • ")) {
            return false;
        }
        int open = Tokens.count(text, '«');
        int openSingle = Tokens.count(text, '‹');
        // as many opening as closing marks: a breadcrumb's separators leave more "»" than "«"
        return open > 0 && open == Tokens.count(text, '»') || openSingle > 0 && openSingle == Tokens.count(text, '›');
    }

    /** The cue at {@code at} opens the line, a bracket or a clause after a sentence's end or a separator. */
    private static boolean opensCredit(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        if (before == '(' || before == '[') {
            return true;
        }
        if (before != ' ' || at < 2) {
            return false;
        }
        char mark = text.charAt(at - 2);
        return mark == '.' || mark == '!' || mark == '?' || mark == '|' || mark == '–' || mark == '—' || mark == '-' || mark == ':';
    }

    /** "Photo by Jane Roe", "… (Image by Studio North)": a maker cue opening the line or a clause, or before a capitalised name. */
    private static boolean namesMaker(String text, String lower) {
        if (lower.indexOf(" by ") < 0) {
            return false;
        }
        for (String cue : MAKER_CUES) {
            for (int at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) {
                int next = at + cue.length();
                if (opensCredit(text, at)) {
                    return true; // "Photo by the author", "… at dawn. Photo by the Wildlife Trust", "(photo by reader Tom Askew)"
                }
                if (next < text.length() && Character.isUpperCase(text.charAt(next))) {
                    int end = next;
                    while (end < text.length() && Character.isLetter(text.charAt(end))) {
                        end++;
                    }
                    if (!CALENDAR_WORDS.contains(lower.substring(next, end))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** An editor's note on the story: an update or correction, where the story first appeared, or its wire staff line. */
    static boolean isEditorsNote(String text) {
        return isUpdateNote(text) || text.length() < MAX_NOTE_CHARS
                && (FIRST_PUBLISHED.matcher(text).lookingAt() || WIRE_CREDIT.matcher(text).lookingAt());
    }

    /** An editor's update or correction: "Update, July 3, 8:05 ET: Added the video." */
    static boolean isUpdateNote(String text) {
        var m = UPDATE_NOTE.matcher(text);
        if (!m.matches()) {
            return false;
        }
        String note = m.group(1);
        return Tokens.wordCount(note) >= MIN_NOTE_WORDS && endsLikeSentence(note);
    }

    /** A call to read on elsewhere: "Read the rest", "… — read the full story". */
    static boolean callsToReadOn(String text) {
        // The pattern scans the whole line; most lines lack the word, and a plain search is cheaper.
        return (text.contains("ead ") || text.contains("EAD ")) && READ_ON.matcher(text).find();
    }

    /** A photo or image credit line, the mark of a caption next to it. */
    static boolean isCredit(String text) {
        return text.length() < 300 && (CREDIT_START.matcher(text).find() || creditCue(text, text.toLowerCase(Locale.ROOT)));
    }

    /** Longest photo credit in parentheses: "(Jane Roe / Agency)", "(FILE)". */
    private static final int MAX_PAREN_CREDIT_WORDS = 8;
    /** Lower-case words a credit in parentheses may hold between its names. */
    private static final Set<String> CREDIT_LINKS = Set.of("/", "|", "-", "–", "&", "by", "via", "for", "and");

    /**
     * The credit under or over a caption: a credit line, or a short line in parentheses of names
     * only ("(Jane Roe / Agency)", "(FILE)"). A note in parentheses has lower-case words ("(Adds
     * analyst comment)", "(Read in English)") and is no credit.
     */
    static boolean isCaptionCredit(String text) {
        return isCredit(text) || parenthesisedNames(text);
    }

    /**
     * The text without a credit in parentheses at its end ("Fans at the quay. (FILE)" to "Fans at
     * the quay."): a caption's sentence ends before its credit.
     */
    static String withoutTrailingCredit(String text) {
        int open = text.endsWith(")") ? text.lastIndexOf(" (") : -1;
        return open > 0 && parenthesisedNames(text.substring(open + 1)) ? text.substring(0, open) : text;
    }

    private static boolean parenthesisedNames(String text) {
        if (text.length() < 3 || text.charAt(0) != '(' || text.charAt(text.length() - 1) != ')') {
            return false;
        }
        String[] words = text.substring(1, text.length() - 1).strip().split("\\s+");
        if (words.length > MAX_PAREN_CREDIT_WORDS || words[0].isEmpty()) {
            return false;
        }
        for (String w : words) {
            if (!CREDIT_LINKS.contains(w) && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A reserved-rights phrase as a footer prints it: opening the line or after a separator, a full
     * stop or a year ("2031 Paper. All rights reserved", "Paper | Tous droits réservés"), and ending
     * its clause (on a line with "©" the phrase may stand anywhere: {@link #isRightsFooter}). A sentence about rights runs into it ("the council kept all rights
     * reserved") or goes on after it ("all rights reserved under the contract").
     */
    private static final Pattern RIGHTS_RESERVED = Pattern.compile(
            "(?:^|[.,|·•–—/-]\\s?|\\d\\s)(?:" + String.join("|", RIGHTS_CUES) + ")\\s?(?:[.,|·•–—/-]|$)");
    /**
     * "Copyright 2031", "Copyright © 2031", "copyright (c) 2031" anywhere; or a line that opens with
     * the word and names its year a few words on ("Copyright © Valley Courier 2031"). Not a sentence
     * about copyright ("The copyright on the 1931 film expired"), nor a credit ("© 2031 Jane Roe").
     */
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile(
            "copyright\\s?(?:©\\s?|\\(c\\)\\s?)?(?:19|20)\\d\\d\\b"
                    + "|^copyright\\s?(?:©\\s?|\\(c\\)\\s?)?(?:\\S+\\s){0,5}(?:19|20)\\d\\d\\b");

    private boolean appealed(List<String> toks, String text, int words) {
        int appeals = lex.appeal.count(toks);
        return appeals >= 2 || appeals == 1 && words <= 60 && !quotes(text);
    }

    /** A consent banner's notice in the site's own voice runs long: the partners' uses are listed in it. */
    private static final int MAX_CONSENT_WORDS = 100;
    /** How far into a line a consent banner's first-person notice starts ("Avec votre accord, nous et nos 212 partenaires utilisons …"). */
    private static final int CONSENT_REACH = 10;
    /** Words before a notice that make it reported: a complementizer, or the banner named. */
    private static final Set<String> REPORTED_NOTICE = Set.of("that", "dass", "que", "qu", "che", "że", "banner", "bandeau",
            "hinweis", "aviso", "avviso", "baner", "pop", "popup");

    /** A consent banner's notice in the site's own voice, near the line's start and not reported. */
    private boolean consentNotice(List<String> toks) {
        int at = lex.consent.firstAt(toks, CONSENT_REACH);
        if (at < 0) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (REPORTED_NOTICE.contains(toks.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Quotation-mark pairs in the languages of the stop-word lists. */
    private static final String[][] QUOTE_PAIRS = {{"“", "”"}, {"„", "“"}, {"«", "»"}, {"‘", "’"}, {"\"", "\""}};
    /** Words inside a pair that make it a quotation; a button's label ("Accept all") is shorter. */
    private static final int MIN_QUOTED_WORDS = 4;

    /** The line quotes someone: a pair of quotation marks around four words or more. */
    static boolean quotes(String text) {
        for (String[] pair : QUOTE_PAIRS) {
            int open = text.indexOf(pair[0]);
            int close = open < 0 ? -1 : text.indexOf(pair[1], open + 1);
            if (close > open && Tokens.wordCount(text.substring(open + 1, close)) >= MIN_QUOTED_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copyright notice: the word with a year ({@link #COPYRIGHT_YEAR}), or a short line opening with
     * it and naming its holder in capitals ("Copyright Cellan Gazette"). A headline or sentence about
     * copyright ("Copyright reform passes Senate") goes on in lower case.
     */
    private static boolean copyrightNotice(String text, String lower, int words) {
        if (!lower.contains("copyright")) {
            return false;
        }
        if (COPYRIGHT_YEAR.matcher(lower).find()) {
            return true;
        }
        if (!lower.startsWith("copyright") || words > MAX_BARE_COPYRIGHT_WORDS) {
            return false;
        }
        for (String word : text.substring("copyright".length()).trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Prose that mentions a one-word label rather than the label: a short sentence that the word
     * ends ("Everyone stayed home.") rather than opens ("Advertisement continues below."), or a
     * line of speech ("“Go home.”"); a menu's label never opens with a quotation mark.
     */
    private boolean proseAroundLabel(String text, List<String> toks, int words) {
        boolean speech = !text.isEmpty() && "“\"„«‘'".indexOf(text.charAt(0)) >= 0;
        return speech || words >= 3 && text.endsWith(".") && lex.cta.prefixMatch(toks) == 0;
    }

    /**
     * The site's copyright footer: a reserved-rights phrase set as a footer sets it, or the
     * copyright notice with its year. A photo credit ("© Jane Roe") is neither, so a picture inside
     * the article does not pass for it; nor is a story about copyright or rights.
     */
    static boolean isRightsFooter(String text) {
        if (Tokens.wordCount(text) > 30) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if ((lower.indexOf('©') >= 0 || lower.indexOf('ⓒ') >= 0) && containsAny(lower, RIGHTS_CUES)) {
            return true; // "© 2031 Paper Ltd All rights reserved.": the sign makes it the notice wherever the phrase stands
        }
        return RIGHTS_RESERVED.matcher(lower).find() || COPYRIGHT_YEAR.matcher(lower).find();
    }

    /**
     * An email address ("desk@paper.example") or a social-media handle ("@paper"): what a contact box
     * gives after its "email us" or "follow us".
     */
    static boolean givesAddress(String text) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            boolean nameAfter = at + 1 < text.length() && isAddressChar(text.charAt(at + 1));
            boolean handle = nameAfter && (at == 0 || Character.isWhitespace(text.charAt(at - 1)) || text.charAt(at - 1) == '(');
            boolean email = nameAfter && at > 0 && isAddressChar(text.charAt(at - 1)) && text.indexOf('.', at) > at + 1;
            if (handle || email) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAddressChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }

    /**
     * "Headline Headline", or "Headline Headline and its blurb": a card whose image alt text and
     * link text were copied together, or a video whose title opens its description. Something
     * follows a repeat only when the repeat is a headline's length (four words, twenty characters):
     * prose does not say that much twice in a row.
     */
    static boolean opensWithARepeat(String text) {
        int n = text.length();
        char first = n > 0 ? text.charAt(0) : ' ';
        int spaces = 0;
        for (int k = 1; 2 * k < n; k++) {
            if (text.charAt(k) != ' ') {
                continue;
            }
            spaces++;
            boolean whole = 2 * k + 1 == n && k >= MIN_DOUBLED_CHARS;
            boolean opening = 2 * k + 1 < n && k >= MIN_REPEAT_CHARS && spaces >= MIN_REPEAT_WORDS && text.charAt(2 * k + 1) == ' ';
            if ((whole || opening) && text.charAt(k + 1) == first && text.regionMatches(0, text, k + 1, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String lower, List<String> openings) {
        for (String opening : openings) {
            if (lower.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String lower, List<String> cues) {
        for (String c : cues) {
            if (lower.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static double density(int[] bits, int stop) {
        if (bits.length == 0) {
            return 0;
        }
        int hits = 0;
        for (int b : bits) {
            if ((b & stop) != 0) {
                hits++;
            }
        }
        return hits / (double) bits.length;
    }

    /** Cheap necessary conditions of the regexes, so most lines never build a matcher. */
    private static boolean maybeUrl(String lower) {
        return lower.startsWith("http") || lower.startsWith("www.");
    }

    private static boolean maybeBio(String lower) {
        return lower.contains(" is ") || lower.contains(" was ") || lower.contains(" has ")
                || lower.contains(" works ") || lower.contains(" serves ") || lower.contains(" writes ");
    }

    private static final int COLON = 1;
    private static final int BAR = 2;
    private static final int COPYRIGHT_SIGN = 4;
    private static final int OTHER_SEPARATOR = 8;
    private static final int CREDIT_MARKS = COLON | BAR | COPYRIGHT_SIGN;
    private static final int NAV_MARKS = BAR | OTHER_SEPARATOR;

    /** The punctuation some regexes need, found in one pass over the line. */
    private static int marks(String text) {
        int m = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ':' -> m |= COLON;
                case '|' -> m |= BAR;
                case '©' -> m |= COPYRIGHT_SIGN;
                case '»', '›', '•', '·' -> m |= OTHER_SEPARATOR;
                default -> { }
            }
        }
        return m;
    }

    /** A headline: a handful of words, not a tag list of capitalised names only. */
    private static boolean isTitleShaped(String text, int[] bits, int words, int stop) {
        if (words < 3 || words > 25 || text.endsWith(":")) {
            return false;
        }
        boolean lowerWord = false;
        for (int i = 0; i < text.length() && !lowerWord; i++) {
            char c = text.charAt(i);
            lowerWord = Character.isLowerCase(c) && (i == 0 || text.charAt(i - 1) == ' ');
        }
        boolean stopWord = false;
        for (int b : bits) {
            stopWord |= (b & stop) != 0;
        }
        boolean punct = text.indexOf('?') >= 0 || text.indexOf(',') >= 0 || text.indexOf(':') >= 0
                || text.indexOf('\'') >= 0 || text.indexOf('’') >= 0 || text.indexOf(" - ") >= 0;
        return lowerWord || stopWord || punct;
    }

    /** An item of a numbered or bulleted list. */
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,3}[.)]\\s|\\(?[a-z][.)]\\s|[-–—*•·▪►✓・+]\\s?\\S)");

    /**
     * A line of a list, a code listing or a table: a list marker, program punctuation (= { } ; #,
     * a call's "name("), or a measured figure (2.5, 120g, 40%). Dates and prose parentheses are not
     * enough: teaser rails carry those too. Shape only, no words: works for any language.
     */
    static boolean listOrCodeShaped(String text) {
        if (listItem(text) || codeShaped(text)) {
            return true;
        }
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            if (Character.isDigit(text.charAt(i))) {
                char d = text.charAt(i + 1);
                boolean decimal = (d == '.' || d == ',') && i + 2 < n && Character.isDigit(text.charAt(i + 2));
                if (decimal || d == '%' || Character.isLetter(d) && !ordinalSuffix(text, i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean listItem(String text) {
        return LIST_ITEM.matcher(text).find();
    }

    /** "print(x)", "share(doc, user)": a call in a code listing, not a Print or Share button. */
    private static boolean callShaped(String text) {
        int open = text.indexOf('(');
        return open > 0 && Character.isLetterOrDigit(text.charAt(open - 1)) && text.indexOf(')', open) > 0;
    }

    /** Program punctuation: assignments, braces, comments, variables, calls. */
    static boolean codeShaped(String text) {
        return hasProgramPunctuation(text, "={}[];<>#$_\\");
    }

    /** One of {@code marks}, or a call's "name(". */
    static boolean hasProgramPunctuation(String text, String marks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (marks.indexOf(c) >= 0 || c == '(' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words in a source or page reference after a sentence: "(Evening Post)", "(Full report, page 42)". */
    private static final int MAX_SOURCE_WORDS = 8;

    /**
     * A sentence with its source or a page reference in brackets after its full stop: a gossip
     * column's items, a digest's briefs. A headline has no full stop inside it before such brackets.
     * A date in the brackets ("… 100 years ago. (17.10.2016)") is a teaser card's stamp.
     */
    static boolean sentenceWithSource(String t) {
        int open = t.endsWith(")") ? t.lastIndexOf(" (") : -1;
        return open > 0 && Tokens.wordCount(t.substring(open)) <= MAX_SOURCE_WORDS
                && t.substring(open).codePoints().anyMatch(Character::isLetter) && endsLikeSentence(t.substring(0, open));
    }

    /** "3rd", "21st", "4th", "2nd": dates, not measures. */
    private static boolean ordinalSuffix(String text, int i) {
        return text.startsWith("st", i) || text.startsWith("nd", i) || text.startsWith("rd", i) || text.startsWith("th", i);
    }

    static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"”“’‘')]»«›‹ 」』）".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…。！？".indexOf(text.charAt(i)) >= 0;
    }
}
