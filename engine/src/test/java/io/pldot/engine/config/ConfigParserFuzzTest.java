package io.pldot.engine.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the config parser with 100,000 mutations of the shipped {@code config/engine.yaml}: byte
 * flips, deleted, repeated and re-indented lines, swapped values, random keys, odd values (.inf, huge
 * numbers, lists where scalars go, aliases, tags, variables), truncation. Each input is the
 * instruments section and up to three other sections of the file, so inputs stay small and the run
 * short. Every input must either load (and then every derived setting be valid) or be refused with
 * our own {@link ConfigException}, whose single-line message names the file and a line or a key and
 * holds no Java, Jackson or SnakeYAML names (a backtick may be the user's: the fuzz writes them too). Deterministic (fixed seed); a failure prints the input.
 */
class ConfigParserFuzzTest
{
    private static final int INPUTS = 100_000;
    private static final long SEED = 0x13_C0_4F_16L;
    private static final String SOURCE = "fuzz.yaml";
    /** "fuzz.yaml line 7: ...", "fuzz.yaml line 3, column 9: ...", or "fuzz.yaml: key.path: ..." / "the file is empty". */
    private static final Pattern NAMED = Pattern.compile(
        "fuzz\\.yaml( line \\d+(, column \\d+)?: .+|: [A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+])*[: ].+" +
            "|: the file is empty)", Pattern.DOTALL);
    private static final String[] ODD_VALUES = {
        ".inf", "-.inf", ".nan", "NaN", "Infinity", "-1", "0", "1", "2147483648", "-2147483649", "99999999999999999999",
        "1e400", "1.5", "0x10", "[]", "{}", "[1, 2", "{a: 1}", "\"\"", "''", "~", "null", "x", "true", "yes", "1h", "0ms",
        "999999999999d", "-5m", "!!binary abc", "!!str 5", "*alias", "&anchor 5", "${PLDOT_JOURNAL}", "${UNSET_VAR}",
        "${UNSET_VAR:-7}", "'${", "\"\\u0000\"", "é", "🙂", "BTCUSD", "[1m, 1m]", "[5m, 1m]", "[1m]", "busy-spin", "shared",
        "1073741824", "1048576", "1024", "\"1 2\"", "- x", "? x", "| x", "> x", "%YAML 1.2", "---", "...",
    };
    private static final String[] RANDOM_KEYS = {
        "ringSize", "outputCapacity", "threading", "timeframes", "risk", "maxPositions", "drawdown", "alertPct", "params",
        "name", "symbol", "id", "instruments", "candles", "strategy", "venue", "import", "zzz", "", "<<", "0", "-", "a.b",
    };

    private final ConfigLoader loader = new ConfigLoader(Map.of("PLDOT_JOURNAL", "fuzz-journal"));

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard only: the run takes seconds
    void shouldLoadOrRefuseEveryMutatedConfigWithAMessageNamingALineOrKey() throws IOException
    {
        final List<List<String>> sections = sections(
            Files.readAllLines(Path.of("../config/engine.yaml"), StandardCharsets.UTF_8));
        final List<String> instruments = sections.stream().filter(s -> s.get(0).startsWith("instruments:")).findFirst()
            .orElseThrow();
        final Random random = new Random(SEED);
        final Map<String, Integer> refusals = new TreeMap<>();
        final List<String> problems = new ArrayList<>();
        int loaded = 0;
        for (int i = 0; i < INPUTS; i++)
        {
            final List<String> lines = new ArrayList<>();
            if (random.nextInt(10) != 0)
            {
                lines.addAll(instruments);
            }
            for (int s = random.nextInt(4); s > 0; s--)
            {
                lines.addAll(sections.get(random.nextInt(sections.size())));
            }
            final int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++)
            {
                mutate(lines, random);
            }
            final String yaml = truncate(String.join("\n", lines) + "\n", random);
            try
            {
                final EngineConfig config = loader.parse(yaml, SOURCE);
                report(problems, derivedSettingsProblem(config, yaml));
                loaded++;
            }
            catch (final ConfigException ex)
            {
                report(problems, messageProblem(ex, yaml));
                refusals.merge(kind(ex.getMessage()), 1, Integer::sum);
            }
            catch (final RuntimeException | StackOverflowError ex)
            {
                report(problems, List.of("input " + i + " crashed the parser with " + ex + "\n--- input ---\n" + yaml));
            }
            if (problems.size() >= 25)
            {
                break;
            }
        }
        assertThat(problems).as("inputs the parser got wrong").isEmpty();
        // Both outcomes occur often: the mutations neither break everything nor leave everything valid.
        assertThat(loaded).as("inputs that loaded").isGreaterThan(INPUTS / 20);
        assertThat(refusals.values().stream().mapToInt(Integer::intValue).sum()).as("refused " + refusals)
            .isGreaterThan(INPUTS / 5);
    }

    /** Keeps one example of each kind of problem (first line, digits aside), so a report shows them all. */
    private static void report(final List<String> problems, final List<String> found)
    {
        for (final String problem : found)
        {
            final String kind = problem.lines().findFirst().orElse("").replaceAll("\\d+", "#");
            if (problems.stream().noneMatch(p -> p.lines().findFirst().orElse("").replaceAll("\\d+", "#").equals(kind)))
            {
                problems.add(problem);
            }
        }
    }

    private static List<String> derivedSettingsProblem(final EngineConfig config, final String yaml)
    {
        try
        {
            config.registry();
            config.riskSettings();
            config.trailingStopSettings();
            config.venueSettings();
            config.analyticsSettings();
            config.candles().timeframeSeconds();
            config.candles().timerGraceNanos();
            config.imports().backwardsToleranceNanos();
            return List.of();
        }
        catch (final RuntimeException ex)
        {
            return List.of("a config that loaded has an invalid setting: " + ex + "\n--- input ---\n" + yaml);
        }
    }

    private static List<String> messageProblem(final ConfigException ex, final String yaml)
    {
        final String message = ex.getMessage();
        if (message == null || !NAMED.matcher(message).matches() || message.contains("\n") || message.contains("\r") ||
            message.contains("java.") || message.contains("com.fasterxml") || message.contains("io.pldot") ||
            message.contains("Exception") || message.contains("(top level)") || message.contains("org.yaml") ||
            message.contains("Event("))
        {
            return List.of("refusal does not name a line or key plainly: " + message + "\n--- input ---\n" + yaml);
        }
        return List.of();
    }

    /** The message without file, line and values: groups refusals for the assertion text. */
    private static String kind(final String message)
    {
        final String rest = message.replaceFirst("^fuzz\\.yaml( line \\d+(, column \\d+)?)?: ", "");
        final int colon = rest.indexOf(": ");
        return colon > 0 && colon < 40 ? rest.substring(0, colon) : rest.substring(0, Math.min(20, rest.length()));
    }

    /** Top-level sections of the file, comment-only and blank lines left out. */
    private static List<List<String>> sections(final List<String> file)
    {
        final List<List<String>> sections = new ArrayList<>();
        for (final String line : file)
        {
            if (line.isBlank() || line.stripLeading().startsWith("#"))
            {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0)))
            {
                sections.add(new ArrayList<>());
            }
            if (!sections.isEmpty())
            {
                sections.get(sections.size() - 1).add(line);
            }
        }
        return sections;
    }

    private static void mutate(final List<String> lines, final Random random)
    {
        if (lines.isEmpty())
        {
            lines.add(RANDOM_KEYS[random.nextInt(RANDOM_KEYS.length)] + ": " + ODD_VALUES[random.nextInt(ODD_VALUES.length)]);
            return;
        }
        final int at = random.nextInt(lines.size());
        final String line = lines.get(at);
        switch (random.nextInt(8))
        {
            case 0 -> lines.set(at, flip(line, random));
            case 1 -> lines.remove(at);
            case 2 -> lines.add(at, line); // a key given twice, or a list item repeated
            case 3 -> swapValues(lines, at, random.nextInt(lines.size()));
            case 4 -> lines.add(at, " ".repeat(random.nextInt(7)) + RANDOM_KEYS[random.nextInt(RANDOM_KEYS.length)] + ": " +
                ODD_VALUES[random.nextInt(ODD_VALUES.length)]);
            case 5 -> lines.set(at, withValue(line, ODD_VALUES[random.nextInt(ODD_VALUES.length)]));
            case 6 -> lines.set(at, random.nextBoolean() ? " " + line : line.stripLeading());
            default -> lines.set(at, withValue(line, numberNear(random)));
        }
    }

    private static String flip(final String line, final Random random)
    {
        final char[] chars = line.isEmpty() ? new char[] {' '} : line.toCharArray();
        final int at = random.nextInt(chars.length);
        final char replacement = switch (random.nextInt(4))
        {
            case 0 -> (char) (0x20 + random.nextInt(0x5F)); // printable ASCII
            case 1 -> ":-[]{}#!&*|>'\"%@`,? \t".charAt(random.nextInt(21)); // YAML indicators
            case 2 -> (char) random.nextInt(0x20); // control characters, NUL included
            default -> (char) (chars[at] ^ (1 << random.nextInt(16))); // one bit of the UTF-16 unit
        };
        chars[at] = replacement;
        return new String(chars);
    }

    private static void swapValues(final List<String> lines, final int a, final int b)
    {
        final int ca = lines.get(a).indexOf(": ");
        final int cb = lines.get(b).indexOf(": ");
        if (ca < 0 || cb < 0)
        {
            return;
        }
        final String va = lines.get(a).substring(ca + 2);
        final String vb = lines.get(b).substring(cb + 2);
        lines.set(a, lines.get(a).substring(0, ca + 2) + vb);
        lines.set(b, lines.get(b).substring(0, cb + 2) + va);
    }

    private static String withValue(final String line, final String value)
    {
        final int colon = line.indexOf(": ");
        return colon < 0 ? line + " " + value : line.substring(0, colon + 2) + value;
    }

    private static String numberNear(final Random random)
    {
        return switch (random.nextInt(5))
        {
            case 0 -> Integer.toString(random.nextInt());
            case 1 -> Long.toString(random.nextLong());
            case 2 -> Integer.toString(1 << random.nextInt(31));
            case 3 -> Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(12) - 4));
            default -> Integer.toString(random.nextInt(100) - 10);
        };
    }

    private static String truncate(final String yaml, final Random random)
    {
        return random.nextInt(20) == 0 ? yaml.substring(0, random.nextInt(yaml.length() + 1)) : yaml;
    }
}
