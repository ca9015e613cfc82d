package vn.pulse.reporting.document;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import vn.pulse.base.i18n.Messages;

/**
 * Where a line of a report may break: between words, never inside a date such as 26/10/2025 or
 * an abbreviation such as b/c. (The PDF renderer's own breaker also breaks after every slash, to
 * wrap web addresses, which splits dates across lines.)
 */
final class LineBreaks implements FSTextBreaker {

    private final BreakIterator words = BreakIterator.getLineInstance(Messages.VIETNAMESE);

    @Override
    public int next() {
        return words.next();
    }

    @Override
    public void setText(String text) {
        words.setText(text);
    }
}
