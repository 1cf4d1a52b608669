package broadsheet.index;

/** Hears how far an index run has come; called from the indexing threads. */
public interface Progress {
    void start(long files);

    void advance(String path);

    void finish();

    Progress SILENT = new Progress() {
        @Override
        public void start(long files) {}

        @Override
        public void advance(String path) {}

        @Override
        public void finish() {}
    };
}
