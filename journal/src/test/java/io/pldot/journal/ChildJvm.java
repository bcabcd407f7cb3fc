package io.pldot.journal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM for cross-process tests: this JVM's java, its flags (those config/jvm.properties
 * gives the build; debugger and agent flags left out) and its class path, then a main class and its arguments.
 * The engine's tests use it too, through this module's test-jar.
 */
public final class ChildJvm
{
    private ChildJvm()
    {
    }

    /**
     * @param main the child's main class.
     * @param args its arguments.
     * @return the command line.
     */
    public static List<String> command(final Class<?> main, final String... args)
    {
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
            Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (final String arg : ManagementFactory.getRuntimeMXBean().getInputArguments())
        {
            if (!arg.startsWith("-agentlib:jdwp") && !arg.startsWith("-javaagent"))
            {
                command.add(arg);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }
}
