package nl.nlzve.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.Plugin;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The token filters of Elasticsearch's analysis-common module that our index uses, for the
 * integration-test distribution, which Maven Central serves without that module.
 *
 * <p>asciifolding, pattern_replace, stemmer (dutch, english, possessive_english) and
 * synonym_graph (Solr rules, parsed by the analysis chain before the filter, as the module
 * does), each wrapping the same Lucene filter as the module.
 */
public final class AnalysisPlugin extends Plugin implements org.elasticsearch.plugins.AnalysisPlugin {

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "asciifolding", (index, environment, name, settings) -> new Folding(name),
            "pattern_replace", configured((index, environment, name, settings) -> new PatternReplace(name, settings)),
            "stemmer", configured((index, environment, name, settings) -> new Stemmer(name, settings)),
            "synonym_graph", configured((index, environment, name, settings) -> new Synonyms(name, settings)));
    }

    /** A filter that is only built from an index's own settings, never as a global one. */
    private static AnalysisProvider<TokenFilterFactory> configured(final AnalysisProvider<TokenFilterFactory> provider) {
        return org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings(provider);
    }

    /** The factories' common part; Elasticsearch's own base class changed between 8 and 9. */
    private abstract static class Named implements TokenFilterFactory {
        private final String name;

        Named(final String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }
    }

    private static final class Folding extends Named implements NormalizingTokenFilterFactory {
        Folding(final String name) {
            super(name);
        }

        @Override
        public TokenStream create(final TokenStream stream) {
            return new ASCIIFoldingFilter(stream);
        }
    }

    private static final class PatternReplace extends Named
            implements NormalizingTokenFilterFactory {
        private final Pattern pattern;
        private final String replacement;
        private final boolean all;

        PatternReplace(final String name, final Settings settings) {
            super(name);
            pattern = Pattern.compile(settings.get("pattern"));
            replacement = settings.get("replacement", "");
            all = settings.getAsBoolean("all", true);
        }

        @Override
        public TokenStream create(final TokenStream stream) {
            return new PatternReplaceFilter(stream, pattern, replacement, all);
        }
    }

    private static final class Stemmer extends Named {
        private final Function<TokenStream, TokenStream> stemmer;

        Stemmer(final String name, final Settings settings) {
            super(name);
            final String language = settings.get("language", settings.get("name", "english"));
            stemmer = switch (language) {
                case "dutch" -> stream -> new SnowballFilter(stream, new DutchStemmer());
                case "english" -> PorterStemFilter::new;
                case "possessive_english" -> EnglishPossessiveFilter::new;
                default -> throw new IllegalArgumentException("unsupported stemmer language [" + language + "]");
            };
        }

        @Override
        public TokenStream create(final TokenStream stream) {
            return stemmer.apply(stream);
        }
    }

    private static final class Synonyms extends Named {
        private final List<String> rules;
        private final boolean lenient;

        Synonyms(final String name, final Settings settings) {
            super(name);
            rules = settings.getAsList("synonyms");
            lenient = settings.getAsBoolean("lenient", false);
        }

        @Override
        public TokenStream create(final TokenStream stream) {
            throw new IllegalStateException("synonym_graph is built for its analysis chain");
        }

        @Override
        public AnalysisMode getAnalysisMode() {
            return AnalysisMode.ALL;
        }

        @Override
        public TokenFilterFactory getChainAwareTokenFilterFactory(
                final IndexCreationContext context,
                final TokenizerFactory tokenizer,
                final List<CharFilterFactory> charFilters,
                final List<TokenFilterFactory> previousFilters,
                final Function<String, TokenFilterFactory> allFilters) {
            final SynonymMap map = parse(new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(final String field) {
                    final Tokenizer source = tokenizer.create();
                    TokenStream stream = source;
                    for (final TokenFilterFactory filter : previousFilters) {
                        stream = filter.create(stream);
                    }
                    return new TokenStreamComponents(source, stream);
                }
            });
            final String filterName = name();
            return new TokenFilterFactory() {
                @Override
                public String name() {
                    return filterName;
                }

                @Override
                public TokenStream create(final TokenStream stream) {
                    return map.fst == null ? stream : new SynonymGraphFilter(stream, map, false);
                }

                @Override
                public AnalysisMode getAnalysisMode() {
                    return AnalysisMode.ALL;
                }
            };
        }

        private SynonymMap parse(final Analyzer analyzer) {
            final SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            for (final String rule : rules) {
                try {
                    parser.parse(new StringReader(rule));
                } catch (final IOException | ParseException | IllegalArgumentException e) {
                    if (!lenient) {
                        throw new IllegalArgumentException("invalid synonym rule [" + rule + "]", e);
                    }
                }
            }
            try {
                return parser.build();
            } catch (final IOException e) {
                throw new IllegalArgumentException("building the synonym map failed", e);
            }
        }
    }
}
