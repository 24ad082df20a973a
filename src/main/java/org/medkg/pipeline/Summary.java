package org.medkg.pipeline;

/** How a run went: articles read, how many gave a disease, how many gave none, how many failed. */
public record Summary(int articles, int diseases, int nonDiseases, int failed) {

    @Override
    public String toString() {
        return articles + " article" + (articles == 1 ? "" : "s") + ": " + diseases + " with a disease, "
                + nonDiseases + " without, " + failed + " failed";
    }
}
