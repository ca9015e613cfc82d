package vn.pulse.questionnaire.expression;

import java.util.ArrayList;
import java.util.List;
import vn.pulse.questionnaire.expression.ExpressionException.Problem;
import vn.pulse.questionnaire.expression.Token.Kind;

/** Splits an expression into tokens in one pass; refuses anything outside the language at once. */
final class Tokenizer {

    static final int MAX_NUMBER_LENGTH = 30;
    private final String source;
    private int at;

    private Tokenizer(String source) {
        this.source = source;
    }

    static List<Token> tokenize(String source) {
        return new Tokenizer(source).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
                at++;
            }
            if (at >= source.length()) {
                tokens.add(new Token(Kind.END, "", at));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = at;
        char c = source.charAt(at);
        if (isDigit(c) || c == '.' && at + 1 < source.length() && isDigit(source.charAt(at + 1))) {
            return number(start);
        }
        if (c == '\'' || c == '"') {
            return string(start, c);
        }
        if (c == '$' && at + 1 < source.length() && source.charAt(at + 1) == '{') {
            return reference(start);
        }
        if (c == '.') {
            if (at + 1 < source.length() && source.charAt(at + 1) == '.') {
                throw new ExpressionException(Problem.UNSUPPORTED_OPERATOR, start, "..");
            }
            at++;
            return new Token(Kind.CURRENT, ".", start);
        }
        if (isNameStart(c)) {
            while (at < source.length() && isNamePart(source.charAt(at))) {
                at++;
            }
            return new Token(Kind.NAME, source.substring(start, at), start);
        }
        return symbol(start, c);
    }

    private Token number(int start) {
        boolean dot = false;
        while (at < source.length() && (isDigit(source.charAt(at)) || source.charAt(at) == '.' && !dot)) {
            dot |= source.charAt(at) == '.';
            at++;
        }
        if (at - start > MAX_NUMBER_LENGTH) {
            throw new ExpressionException(Problem.NUMBER_TOO_LONG, start, MAX_NUMBER_LENGTH);
        }
        return new Token(Kind.NUMBER, source.substring(start, at), start);
    }

    /** XPath strings have no escapes: 'it''s' is not a thing; use "it's" instead. */
    private Token string(int start, char quote) {
        int end = source.indexOf(quote, start + 1);
        if (end < 0) {
            throw new ExpressionException(Problem.UNTERMINATED_STRING, start);
        }
        at = end + 1;
        return new Token(Kind.STRING, source.substring(start + 1, end), start);
    }

    private Token reference(int start) {
        int end = source.indexOf('}', start + 2);
        String name = end < 0 ? "" : source.substring(start + 2, end);
        if (end < 0 || !isName(name)) {
            throw new ExpressionException(Problem.BAD_REFERENCE, start);
        }
        at = end + 1;
        return new Token(Kind.REFERENCE, name, start);
    }

    private Token symbol(int start, char c) {
        char next = at + 1 < source.length() ? source.charAt(at + 1) : '\0';
        String two = "" + c + next;
        switch (two) {
            case "!=", "<=", ">=" -> {
                at += 2;
                return new Token(Kind.OPERATOR, two, start);
            }
            case "==" -> throw new ExpressionException(Problem.UNSUPPORTED_OPERATOR, start, "==");
            default -> {
                // single-character tokens below
            }
        }
        at++;
        return switch (c) {
            case '=', '<', '>', '+', '-', '*' -> new Token(Kind.OPERATOR, String.valueOf(c), start);
            case '(' -> new Token(Kind.LEFT_PAREN, "(", start);
            case ')' -> new Token(Kind.RIGHT_PAREN, ")", start);
            case ',' -> new Token(Kind.COMMA, ",", start);
            case '/', '|', '[', ']', '@' -> throw new ExpressionException(Problem.UNSUPPORTED_OPERATOR, start,
                    String.valueOf(c));
            default -> throw new ExpressionException(Problem.UNEXPECTED_CHARACTER, start, String.valueOf(c));
        };
    }

    /** Variable names as XLSForm writes them: a letter or _ first, then letters, digits, _ . - */
    static boolean isName(String name) {
        if (name.isEmpty() || !isNameStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isNamePart(c) || c == ':') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c) || c == '.' || c == '-' || c == ':';
    }
}
