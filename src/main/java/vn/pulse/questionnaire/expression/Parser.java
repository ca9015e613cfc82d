package vn.pulse.questionnaire.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.pulse.questionnaire.expression.ExpressionException.Problem;
import vn.pulse.questionnaire.expression.Token.Kind;

/**
 * Recursive descent with precedence climbing for the binary operators. Depth and size are
 * counted as the tree grows, so "((((((…" or ten thousand "+1" fail at once instead of
 * exhausting the stack or the heap.
 */
final class Parser {

    static final int MAX_DEPTH = 32;
    static final int MAX_NODES = 400;

    private final List<Token> tokens;
    private final boolean choiceAttributes;
    private int next;
    private int depth;
    private int nodes;

    private Parser(List<Token> tokens, boolean choiceAttributes) {
        this.tokens = tokens;
        this.choiceAttributes = choiceAttributes;
    }

    /** Parses the tokens; bare names are choice columns when {@code choiceAttributes}, an error otherwise. */
    static Node parse(List<Token> tokens, boolean choiceAttributes) {
        Parser parser = new Parser(tokens, choiceAttributes);
        Node root = parser.binary(1);
        Token end = parser.peek();
        if (end.kind() != Kind.END) {
            throw new ExpressionException(Problem.UNEXPECTED_TOKEN, end.position(), end.text());
        }
        return root;
    }

    private Node binary(int minPrecedence) {
        enter();
        Node left = unary();
        while (true) {
            Operator op = Operator.of(peek());
            if (op == null || op.precedence < minPrecedence) {
                break;
            }
            next++;
            Node right = binary(op.precedence + 1);
            left = count(new Node.Binary(op, left, right));
        }
        depth--;
        return left;
    }

    private Node unary() {
        Token token = peek();
        if (token.is(Kind.OPERATOR, "-")) {
            next++;
            enter();
            Node operand = unary();
            depth--;
            return count(new Node.Negate(operand));
        }
        return primary();
    }

    private Node primary() {
        Token token = take();
        return switch (token.kind()) {
            case NUMBER -> count(new Node.Literal(new BigDecimal(token.text())));
            case STRING -> count(new Node.Literal(token.text()));
            case REFERENCE -> count(new Node.Reference(token.text(), token.position()));
            case CURRENT -> count(new Node.Current(token.position()));
            case LEFT_PAREN -> {
                Node inner = binary(1);
                expect(Kind.RIGHT_PAREN, ")");
                yield inner;
            }
            case NAME -> name(token);
            case END -> throw new ExpressionException(Problem.UNEXPECTED_END, token.position());
            default -> throw new ExpressionException(Problem.UNEXPECTED_TOKEN, token.position(), token.text());
        };
    }

    private Node name(Token token) {
        if (peek().kind() != Kind.LEFT_PAREN) {
            if (choiceAttributes && Tokenizer.isName(token.text())) {
                return count(new Node.ChoiceAttribute(token.text(), token.position()));
            }
            throw new ExpressionException(Problem.BARE_NAME, token.position(), token.text());
        }
        Function function = Function.of(token.text());
        if (function == null) {
            throw new ExpressionException(Problem.UNKNOWN_FUNCTION, token.position(), token.text());
        }
        next++;
        List<Node> args = new ArrayList<>();
        if (peek().kind() != Kind.RIGHT_PAREN) {
            args.add(binary(1));
            while (peek().kind() == Kind.COMMA) {
                next++;
                args.add(binary(1));
            }
        }
        expect(Kind.RIGHT_PAREN, ")");
        if (args.size() < function.minArgs || args.size() > function.maxArgs) {
            throw new ExpressionException(Problem.WRONG_ARITY, token.position(), function.spelling,
                    function.minArgs == function.maxArgs ? String.valueOf(function.minArgs)
                            : function.minArgs + "–" + function.maxArgs);
        }
        return count(new Node.Call(function, List.copyOf(args)));
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException(Problem.TOO_DEEP, peek().position(), MAX_DEPTH);
        }
    }

    private <N extends Node> N count(N node) {
        if (++nodes > MAX_NODES) {
            throw new ExpressionException(Problem.TOO_LARGE, tokens.get(Math.max(0, next - 1)).position(), MAX_NODES);
        }
        return node;
    }

    private void expect(Kind kind, String text) {
        Token token = take();
        if (token.kind() != kind) {
            throw new ExpressionException(token.kind() == Kind.END ? Problem.UNEXPECTED_END : Problem.EXPECTED,
                    token.position(), text, token.text());
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }
}
