package dev.newsstream.topology;

import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.WireFormat;
import dev.newsstream.model.Article;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.Outcome;

/** Dev tool: runs the named kinds (all when none) stage by stage and prints each stage's time and outcome. */
public final class BadInputProbe {
    public static void main(String[] args) {
        WireFormat wire = new WireFormat();
        Stages stages = Stages.create(NewsConfig.defaults(), wire);
        for (BadInput kind : BadInput.values()) {
            if (args.length > 0 && !java.util.Arrays.asList(args).contains(kind.name())) {
                continue;
            }
            BadInput.Input in = kind.make(wire);
            long t0 = System.nanoTime();
            Outcome<Article> a = stages.decoder().decode(in.key(), in.value()).then(stages.validator()::validate);
            long t1 = System.nanoTime();
            Outcome<CleanArticle> c = a.then(stages.cleaner()::clean);
            long t2 = System.nanoTime();
            String what = c instanceof Outcome.Rejected<CleanArticle> r ? r.rejection().toString() : "clean ok";
            long t3 = t2;
            long t4 = t2;
            if (c instanceof Outcome.Accepted<CleanArticle> ok) {
                var es = stages.entities().extract(ok.value().title(), ok.value().text());
                t3 = System.nanoTime();
                var qs = stages.quotes().extract(ok.value().title(), ok.value().text(), es);
                t4 = System.nanoTime();
                what += " chars=" + ok.value().text().length() + " entities=" + es.size() + " quotes=" + qs.size();
            }
            System.out.printf("%-28s decode+validate %5d ms clean %6d ms entities %6d ms quotes %6d ms  %s%n", kind,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                    what.length() > 200 ? what.substring(0, 200) : what);
        }
    }
}
