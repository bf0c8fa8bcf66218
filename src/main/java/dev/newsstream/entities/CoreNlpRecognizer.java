package dev.newsstream.entities;

import dev.newsstream.model.EntityType;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Stanford CoreNLP CRF engine: model loaded once per JVM (lazy holder), thread-safe.
 *
 * <p>Runs the CRF sequence classifiers directly (no POS tagger: the CRF models need none and
 * the pipeline would cost 4-5x the time). Text is classified line by line, sentence by
 * sentence, so a span never crosses a line break. Lines written entirely in capitals
 * (headlines, datelines) are re-cased before classification, because the CRF leans on case.
 */
public final class CoreNlpRecognizer implements EntityRecognizer {

    static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    static final String ALL_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** Engine settings, chosen by measurement on the CoNLL-2003 dev set (see the harness). */
    record Settings(List<String> models, boolean recaseAllCaps, boolean recaseTitleCase,
                    String tokenizerOptions) {
        static final Settings DEFAULT = new Settings(List.of(CONLL_4CLASS), false, true,
                "invertible=true,ptb3Escaping=false,splitHyphenated=false,splitForwardSlash=false,untokenizable=noneDelete");
    }

    private static final class Holder {
        static final CoreNlpRecognizer INSTANCE = new CoreNlpRecognizer(Settings.DEFAULT);
    }

    /** The JVM-wide instance; the models load on first call. */
    public static CoreNlpRecognizer shared() {
        return Holder.INSTANCE;
    }

    private final Settings settings;
    private final List<CRFClassifier<CoreLabel>> models;
    private final TokenizerFactory<CoreLabel> tokenizers;
    /** Lower-cased words the first model saw in lower case in training: cue for re-casing. */
    private final Set<String> knownLower;

    CoreNlpRecognizer(Settings settings) {
        this.settings = settings;
        List<CRFClassifier<CoreLabel>> loaded = new ArrayList<>();
        for (String path : settings.models()) {
            loaded.add(load(path));
        }
        this.models = List.copyOf(loaded);
        this.knownLower = Set.copyOf(models.get(0).getKnownLCWords());
        this.tokenizers = PTBTokenizer.factory(new CoreLabelTokenFactory(), settings.tokenizerOptions());
        // Any lazily built state inside the classifiers is built here, before other threads see them.
        recognize("Warm-up: Ada Byron met officials of the Royal Society in London.");
    }

    private static CRFClassifier<CoreLabel> load(String path) {
        Properties props = new Properties();
        // The classifier otherwise learns new "known lower-case words" from every text it sees,
        // which makes its output depend on what was classified before: off for determinism,
        // and then classify() mutates no shared state, so one instance serves every thread.
        props.setProperty("maxAdditionalKnownLCWords", "0");
        try {
            return CRFClassifier.getClassifier(path, props);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load NER model " + path, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load NER model " + path, e);
        }
    }

    @Override
    public List<NerSpan> recognize(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<CoreLabel> tokens = tokenizers.getTokenizer(new StringReader(text)).tokenize();
        List<List<CoreLabel>> lines = splitLines(text, tokens);
        Map<String, String> docCase = caseForms(text, lines);
        WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>();
        List<NerSpan> out = new ArrayList<>();
        for (List<CoreLabel> line : lines) {
            boolean recase = (settings.recaseAllCaps() && isAllCaps(text, line))
                    || (settings.recaseTitleCase() && isTitleCase(text, line));
            for (List<CoreLabel> sentence : splitter.process(line)) {
                List<String> words = new ArrayList<>(sentence.size());
                for (CoreLabel t : sentence) {
                    words.add(bounded(recase ? recase(t.word(), docCase) : t.word()));
                }
                classifySentence(sentence, words, out);
            }
        }
        return out;
    }

    /**
     * The CRF's character n-gram features grow with the square of a word's length: one 500k-char
     * "word" (a run with no space) takes gigabytes. No name is that long, so the classifier sees only
     * the start of such a token; offsets come from the token, not from this word.
     */
    static String bounded(String word) {
        return word.length() <= MAX_WORD_CHARS ? word : word.substring(0, MAX_WORD_CHARS);
    }

    private static final int MAX_WORD_CHARS = 64;

    private void classifySentence(List<CoreLabel> sentence, List<String> words, List<NerSpan> out) {
        EntityType[] labels = new EntityType[sentence.size()];
        for (CRFClassifier<CoreLabel> model : models) {
            List<CoreLabel> input = new ArrayList<>(sentence.size());
            for (int i = 0; i < sentence.size(); i++) {
                CoreLabel c = new CoreLabel();
                c.setWord(words.get(i));
                c.setValue(words.get(i));
                c.setOriginalText(words.get(i));
                input.add(c);
            }
            // classifySentence, not classify: it sets up the answer fields and the model's word function.
            List<CoreLabel> result = model.classifySentence(input);
            EntityType[] these = new EntityType[sentence.size()];
            for (int i = 0; i < these.length; i++) {
                these[i] = typeOf(result.get(i).get(CoreAnnotations.AnswerAnnotation.class));
            }
            merge(labels, these);
        }
        int i = 0;
        while (i < labels.length) {
            if (labels[i] == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.length && labels[j] == labels[i]) {
                j++;
            }
            out.add(new NerSpan(labels[i], sentence.get(i).beginPosition(), sentence.get(j - 1).endPosition()));
            i = j;
        }
    }

    /**
     * A later model only fills in an entity that the earlier models left wholly unlabelled
     * (the same policy as CoreNLP's own classifier combiner).
     */
    private static void merge(EntityType[] into, EntityType[] these) {
        int i = 0;
        while (i < these.length) {
            if (these[i] == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < these.length && these[j] == these[i]) {
                j++;
            }
            boolean free = true;
            for (int k = i; k < j; k++) {
                free &= into[k] == null;
            }
            if (free) {
                for (int k = i; k < j; k++) {
                    into[k] = these[k];
                }
            }
            i = j;
        }
    }

    private static EntityType typeOf(String label) {
        if (label == null) {
            return null;
        }
        String l = label.startsWith("B-") || label.startsWith("I-") ? label.substring(2) : label;
        return switch (l) {
            case "PERSON", "PER" -> EntityType.PERSON;
            case "ORGANIZATION", "ORG" -> EntityType.ORGANIZATION;
            case "LOCATION", "LOC" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }

    private static List<List<CoreLabel>> splitLines(String text, List<CoreLabel> tokens) {
        List<List<CoreLabel>> lines = new ArrayList<>();
        List<CoreLabel> current = new ArrayList<>();
        int prevEnd = 0;
        for (CoreLabel t : tokens) {
            if (!current.isEmpty() && text.substring(prevEnd, t.beginPosition()).indexOf('\n') >= 0) {
                lines.add(current);
                current = new ArrayList<>();
            }
            current.add(t);
            prevEnd = t.endPosition();
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    /** The most frequent spelling of each word in the ordinary-case lines, keyed by lower case. */
    private Map<String, String> caseForms(String text, List<List<CoreLabel>> lines) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (List<CoreLabel> line : lines) {
            if (isAllCaps(text, line) || isTitleCase(text, line)) {
                continue;
            }
            for (int i = 0; i < line.size(); i++) {
                String w = line.get(i).word();
                boolean lineStart = i == 0;
                if (lineStart || !hasLetter(w)) {
                    continue;
                }
                counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new HashMap<>()).merge(w, 1, Integer::sum);
            }
        }
        Map<String, String> best = new HashMap<>();
        counts.forEach((lower, forms) -> best.put(lower, forms.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .findFirst().orElseThrow().getKey()));
        return best;
    }

    /** Blank lines (or the ends of the text) before and after the line. */
    private static boolean standalone(String text, List<CoreLabel> line) {
        return blankRun(text, line.get(0).beginPosition() - 1, -1)
                && blankRun(text, line.get(line.size() - 1).endPosition(), 1);
    }

    /** From {@code i} in direction {@code step}: whitespace holding two line breaks, or the text's end. */
    private static boolean blankRun(String text, int i, int step) {
        int breaks = 0;
        for (; i >= 0 && i < text.length() && Character.isWhitespace(text.charAt(i)); i += step) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        return breaks >= 2 || i < 0 || i >= text.length();
    }

    private String recase(String word, Map<String, String> docCase) {
        if (!hasLetter(word)) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String seen = docCase.get(lower);
        if (seen != null) {
            return seen;
        }
        if (knownLower.contains(lower)) {
            return lower;
        }
        if (word.length() <= 3 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(lower)) {
            return word; // short all-caps tokens are usually acronyms: keep
        }
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Every cased letter is upper case and there is a word of two letters or more. */
    boolean isAllCaps(String text, List<CoreLabel> line) {
        boolean longWord = false;
        for (CoreLabel t : line) {
            String w = t.word();
            int letters = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isUpperCase(c)) {
                    letters++;
                }
            }
            longWord |= letters >= 2;
        }
        return longWord;
    }

    /**
     * A headline or subhead in Title Case: a paragraph of its own, without digits or a final
     * period, where every word of four letters or more is capitalised and at least one of them
     * are common lower-case words (a list of names or a table row is not re-cased).
     */
    boolean isTitleCase(String text, List<CoreLabel> line) {
        if (line.size() < 3 || line.size() > 25 || !standalone(text, line) || line.get(line.size() - 1).word().equals(".")) {
            return false;
        }
        int words = 0;
        int caps = 0;
        int common = 0;
        for (CoreLabel t : line) {
            String w = t.word();
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return false;
                }
            }
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))) {
                    caps++;
                    if (knownLower.contains(w.toLowerCase(Locale.ROOT))) {
                        common++;
                    }
                }
            }
        }
        return words >= 3 && caps == words && common >= 1;
    }
}
