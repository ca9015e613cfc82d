package vn.pulse.questionnaire.ui;

import java.util.Collections;
import java.util.List;

/** Moving an element of a list up or down, as the designer's arrow buttons do. */
final class Lists {

    private Lists() {
    }

    /** Swaps the element at {@code index} with its neighbour {@code by} (±1) away; false at either end. */
    static <T> boolean move(List<T> list, int index, int by) {
        int target = index + by;
        if (target < 0 || target >= list.size()) {
            return false;
        }
        Collections.swap(list, index, target);
        return true;
    }
}
