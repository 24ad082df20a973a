package org.medkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medkg.wikitext.Node;
import org.medkg.wikitext.Parameter;
import org.medkg.wikitext.PlainText;
import org.medkg.wikitext.Template;
import org.medkg.wikitext.Text;

/**
 * Reads classification codes from the infobox and code boxes with the {@link CodingSystems} registry:
 * code templates, plain values, lists separated by spaces, commas or {@code <br>}, and ranges. A value that
 * does not match its system's pattern is reported and left out.
 */
final class CodeExtractor {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;，；、]+");
    private static final Pattern RANGE = Pattern.compile("[-–—~]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private final CodingSystems registry;
    private final Reporter reporter;
    private final Map<String, Code> codes = new LinkedHashMap<>();

    CodeExtractor(CodingSystems registry, Reporter reporter) {
        this.registry = registry;
        this.reporter = reporter;
    }

    List<Code> extract(Infobox box) {
        List<Parameter> params = box.allParameters();
        for (Parameter p : params) {
            CodingSystem system = p.isNamed() ? registry.forParameter(p.name()) : null;
            if (system != null) {
                read(system, p);
            }
        }
        for (CodingSystem system : registry.all()) {
            for (String composite : system.composites()) {
                composite(system, composite, params);
            }
        }
        return new ArrayList<>(codes.values());
    }

    private void read(CodingSystem system, Parameter p) {
        for (Node node : p.value()) {
            if (node instanceof Template t && registry.templateFormat(t.name()) != null) {
                String value = format(registry.templateFormat(t.name()), t);
                CodingSystem written = registry.forTemplate(t.name());
                accept(written, written.normalize(value), value, Evidence.at(t, ""), t.span().line(),
                        t.span().column(), p.name());
            } else if (node instanceof Text text) {
                tokens(system, text.text(), text.span().line(), text.span().column(), p.name());
            } else {
                tokens(system, PlainText.of(List.of(node)), node.span().line(), node.span().column(), p.name());
            }
        }
    }

    private void tokens(CodingSystem system, String text, int line, int column, String parameter) {
        var m = SEPARATORS.matcher(text);
        int from = 0;
        while (from <= text.length()) {
            int end = m.find(from) ? m.start() : text.length();
            int next = end < text.length() ? m.end() : text.length() + 1;
            String token = strip(text.substring(from, end));
            if (!token.isEmpty()) {
                int[] pos = position(text, from, line, column);
                token(system, token, pos[0], pos[1], parameter);
            }
            from = next;
        }
    }

    private void token(CodingSystem system, String token, int line, int column, String parameter) {
        Evidence evidence = new Evidence(line, column, "", null);
        String value = system.normalize(token);
        if (system.accepts(value)) {
            add(system, value, evidence);
            return;
        }
        var range = RANGE.matcher(token);
        if (range.find() && range.start() > 0) {
            String a = system.normalize(token.substring(0, range.start()));
            String b = system.normalize(token.substring(range.end()));
            if (system.accepts(a) && system.accepts(b)) {
                add(system, a, evidence);
                add(system, b, evidence);
                return;
            }
        }
        reporter.warn(line, column, "'" + token + "' in " + parameter + " is not a valid " + system.name()
                + " code; left out");
    }

    private void accept(CodingSystem system, String value, String raw, Evidence evidence, int line, int column,
                        String parameter) {
        if (system.accepts(value)) {
            add(system, value, evidence);
        } else if (!raw.isBlank()) {
            reporter.warn(line, column, "'" + raw + "' in " + parameter + " is not a valid " + system.name()
                    + " code; left out");
        }
    }

    private void composite(CodingSystem system, String format, List<Parameter> params) {
        var m = PLACEHOLDER.matcher(format);
        StringBuilder value = new StringBuilder();
        int last = 0;
        Parameter first = null;
        while (m.find()) {
            Optional<Parameter> p = find(params, m.group(1));
            if (p.isEmpty() || PlainText.line(p.get().value()).isEmpty()) {
                return;
            }
            first = first == null ? p.get() : first;
            value.append(format, last, m.start()).append(PlainText.line(p.get().value()));
            last = m.end();
        }
        if (first == null) {
            return;
        }
        value.append(format.substring(last));
        String raw = value.toString();
        accept(system, system.normalize(raw), raw, new Evidence(first.span().line(), first.span().column(), "", null),
                first.span().line(), first.span().column(), format);
    }

    private static Optional<Parameter> find(List<Parameter> params, String name) {
        String key = CodingSystem.key(name);
        return params.stream().filter(p -> p.isNamed() && CodingSystem.key(p.name()).equals(key)).findFirst();
    }

    /** Fills {@code {1}}, {@code {name}} placeholders with the template's arguments as plain text. */
    private static String format(String format, Template t) {
        var m = PLACEHOLDER.matcher(format);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            b.append(format, last, m.start());
            t.parameter(m.group(1)).ifPresent(p -> b.append(PlainText.line(p.value())));
            last = m.end();
        }
        return b.append(format.substring(last)).toString();
    }

    private void add(CodingSystem system, String value, Evidence evidence) {
        codes.putIfAbsent(system.name() + "\u0000" + value,
                new Code(system.name(), system.iri(), value, system.resolve(value), evidence));
    }

    private static String strip(String token) {
        int a = 0;
        int b = token.length();
        while (a < b && "()[]（）【】\"'“”".indexOf(token.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && "()[]（）【】\"'“”.".indexOf(token.charAt(b - 1)) >= 0) {
            b--;
        }
        String s = token.substring(a, b);
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return s;
            }
        }
        return "";
    }

    private static int[] position(String text, int offset, int line, int column) {
        int l = line;
        int c = column;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                l++;
                c = 1;
            } else {
                c++;
            }
        }
        return new int[] {l, c};
    }
}
