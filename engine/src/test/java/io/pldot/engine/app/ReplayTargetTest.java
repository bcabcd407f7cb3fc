package io.pldot.engine.app;

import io.pldot.journal.chronicle.JournalDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayTargetTest
{
    @TempDir
    Path dir;

    @Test
    void shouldRemoveTheTemporaryOutputsOfADeadProcessAndSaySo() throws Exception
    {
        final Path out = dir.resolve("out");
        final Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        final Path stale = Files.createDirectories(out.resolve(ReplayTarget.TEMP_PREFIX + gone.pid() + "-1"));
        Files.writeString(stale.resolve("20240101F.cq4"), "partial");
        final Path inUse = Files.createDirectories(out.resolve(ReplayTarget.TEMP_PREFIX +
            ProcessHandle.current().pid() + "-999"));
        final List<String> notices = new ArrayList<>();

        ReplayTarget.of(new JournalDirectory(dir.resolve("journal")), out).begin(notices::add);

        assertThat(stale).doesNotExist();
        assertThat(inUse).as("this process may still be writing it").exists();
        assertThat(notices).containsExactly("removed " + stale + ", the unfinished outputs of a replay that was " +
            "stopped before it completed");
    }

    @Test
    void shouldReplaceTheOutputsOnlyOnCommit() throws Exception
    {
        final Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("outputs"));
        Files.writeString(out.resolve("outputs").resolve("old.cq4"), "old");
        final ReplayTarget target = ReplayTarget.of(new JournalDirectory(dir.resolve("journal")), out);
        target.begin(m -> { });
        Files.createDirectories(target.writingPath());
        Files.writeString(target.writingPath().resolve("new.cq4"), "new");

        assertThat(out.resolve("outputs").resolve("old.cq4")).as("kept until the run completes").exists();
        target.commit();

        assertThat(target.outputsPath()).isEqualTo(out.resolve("outputs"));
        assertThat(out.resolve("outputs").resolve("new.cq4")).hasContent("new");
        assertThat(out.resolve("outputs").resolve("old.cq4")).doesNotExist();
        assertThat(target.writingPath()).doesNotExist();
        assertThat(out.resolve(".pldot-journal")).as("a journal of queues only is marked as ours").exists();
    }

    @Test
    void shouldKeepTheOutputsWhenTheRunIsAbandoned() throws Exception
    {
        final Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("outputs"));
        Files.writeString(out.resolve("outputs").resolve("old.cq4"), "old");
        final ReplayTarget target = ReplayTarget.of(new JournalDirectory(dir.resolve("journal")), out);
        target.begin(m -> { });
        Files.createDirectories(target.writingPath());
        Files.writeString(target.writingPath().resolve("new.cq4"), "partial");

        target.abandon();

        assertThat(out.resolve("outputs").resolve("old.cq4")).hasContent("old");
        assertThat(target.writingPath()).doesNotExist();
    }

    @Test
    void shouldRefuseBeforeTheRunAnOutputsFolderHoldingUserFiles() throws Exception
    {
        final Path out = dir.resolve("mine");
        Files.createDirectories(out.resolve("outputs"));
        Files.writeString(out.resolve("outputs").resolve("thesis.txt"), "three years of work");

        assertThatThrownBy(() -> ReplayTarget.of(new JournalDirectory(dir.resolve("journal")), out).begin(m -> { }))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("--out " + out)
            .hasMessageContaining(out.resolve("outputs").toAbsolutePath().toString())
            .hasMessageContaining("choose another folder");
        assertThat(out.resolve("outputs").resolve("thesis.txt")).hasContent("three years of work");
    }
}
