package io.pldot.engine.cli;

import io.pldot.engine.app.ProgressListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error, shown only when a person is watching (a console is attached
 * and --quiet was not given), so pipes and CI logs stay clean.
 */
final class ConsoleProgress
{
    private ConsoleProgress()
    {
    }

    static ProgressListener create(final String task, final long total, final boolean quiet)
    {
        if (quiet || System.console() == null)
        {
            return ProgressListener.NONE;
        }
        final ProgressBar bar = new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" records", 1)
            .showSpeed()
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build();
        return new ProgressListener()
        {
            @Override
            public void onProgress(final long done)
            {
                bar.stepTo(done);
            }

            @Override
            public void close()
            {
                bar.close();
            }
        };
    }
}
