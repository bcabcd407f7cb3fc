package io.pldot.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of {@link EngineCommand#execute(String...)} with System.out and System.err captured.
 * System.setOut is global: callers must not run these in parallel.
 *
 * @param exitCode what execute returned.
 * @param out      everything printed to standard output.
 * @param err      everything printed to standard error.
 */
record CliRun(int exitCode, String out, String err)
{
    /** The shipped configuration; tests run with the engine module as working directory. */
    static final String CONFIG = "../config/engine.yaml";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static CliRun of(final String... args)
    {
        final PrintStream originalOut = System.out;
        final PrintStream originalErr = System.err;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8))
        {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            final int exitCode = EngineCommand.execute(args);
            capturedOut.flush();
            capturedErr.flush();
            return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
        finally
        {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /**
     * @return standard output parsed as one JSON document.
     */
    JsonNode json()
    {
        return parse(out.trim());
    }

    /**
     * @return standard output's non-empty lines.
     */
    List<String> lines()
    {
        final List<String> lines = new ArrayList<>();
        for (final String line : out.split("\\R"))
        {
            if (!line.isEmpty())
            {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * @return each line of standard output parsed as a JSON object.
     */
    List<JsonNode> jsonLines()
    {
        final List<JsonNode> nodes = new ArrayList<>();
        for (final String line : lines())
        {
            nodes.add(parse(line));
        }
        return nodes;
    }

    static JsonNode parse(final String text)
    {
        try
        {
            return MAPPER.readTree(text);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("not JSON: " + text, ex);
        }
    }

    @Override
    public String toString()
    {
        return "exit " + exitCode + "\n--- stdout ---\n" + abbreviate(out) + "\n--- stderr ---\n" + abbreviate(err);
    }

    private static String abbreviate(final String text)
    {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "... (" + text.length() + " chars)";
    }
}
