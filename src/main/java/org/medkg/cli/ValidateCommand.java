package org.medkg.cli;

import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.medkg.rdf.ShapeValidator;

/** {@code medkg validate FILE...}: checks RDF against medkg's SHACL shapes. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "FILE...";
    }

    @Override
    public String summary() {
        return "check RDF files against medkg's SHACL shapes (ontology/shapes.ttl)";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public int run(CommandLine line, Terminal t) throws UsageException {
        List<String> files = line.getArgList();
        if (files.isEmpty()) {
            throw new UsageException("validate needs at least one FILE");
        }
        int status = ExitStatus.OK;
        for (String file : files) {
            DatasetGraph dsg;
            try {
                dsg = RDFDataMgr.loadDatasetGraph(file);
            } catch (RiotException | HttpException e) {
                t.err().println(file + ": cannot read RDF: " + e.getMessage());
                status = ExitStatus.FAILED;
                continue;
            }
            // Every triple, of the default graph too (a Turtle file has only that; getUnionGraph() skips it).
            Graph all = GraphFactory.createDefaultGraph();
            dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
            ValidationReport report = ShapeValidator.validate(all);
            if (report.conforms()) {
                t.out().println(file + ": conforms");
            } else {
                t.out().println(file + ": " + report.getEntries().size() + " violation(s)");
                for (ReportEntry e : report.getEntries()) {
                    t.out().println("  " + FmtUtils.stringForNode(e.focusNode()) + " "
                            + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
                }
                status = ExitStatus.FAILED;
            }
        }
        return status;
    }
}
