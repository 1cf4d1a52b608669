package broadsheet.cli;

import broadsheet.index.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal. */
final class BarProgress implements Progress {

    private ProgressBar bar;

    @Override
    public void start(long files) {
        bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(files).setUnit(" files", 1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).showSpeed().continuousUpdate().build();
    }

    @Override
    public void advance(String path) {
        bar.step();
    }

    @Override
    public void finish() {
        bar.close();
    }
}
