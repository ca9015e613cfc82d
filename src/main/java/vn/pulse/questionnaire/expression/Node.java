package vn.pulse.questionnaire.expression;

import java.util.List;

/** The parsed tree. Immutable; evaluation never changes it. */
sealed interface Node {

    /** A string, number or boolean written in the expression. */
    record Literal(Object value) implements Node {
    }

    /** {@code ${name}}: the answer to another question. */
    record Reference(String name, int position) implements Node {
    }

    /** {@code .}: the answer being checked (in a constraint). */
    record Current(int position) implements Node {
    }

    /** A bare name in a choice filter: a column of the choice being filtered, e.g. {@code province}. */
    record ChoiceAttribute(String name, int position) implements Node {
    }

    record Negate(Node operand) implements Node {
    }

    record Binary(Operator operator, Node left, Node right) implements Node {
    }

    record Call(Function function, List<Node> args) implements Node {
    }
}
