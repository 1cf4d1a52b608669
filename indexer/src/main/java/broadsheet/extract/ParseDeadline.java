package broadsheet.extract;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse that is past its deadline, or whose thread has been interrupted, at the next text or element it
 * writes. Cancelling the parse's future only interrupts its thread, which many parsers never look at; every parser
 * that produces text writes it here, so this stops them all.
 */
final class ParseDeadline extends ContentHandlerDecorator {

    /** The parse was stopped: not a fault of the file's. */
    static final class Stopped extends SAXException {
        Stopped() {
            super("parsing stopped: past its deadline, or cancelled");
        }
    }

    private final long deadlineNanos;

    ParseDeadline(ContentHandler handler, long deadlineNanos) {
        super(handler);
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        check();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        check();
        super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        check();
        super.startElement(uri, localName, name, atts);
    }

    private void check() throws SAXException {
        if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0) {
            throw new Stopped();
        }
    }
}
