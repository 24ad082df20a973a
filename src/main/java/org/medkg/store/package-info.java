/**
 * The store stage: article graphs (from the pipeline, as quads grouped by named graph) into an embedded
 * Apache Jena TDB2 dataset or a remote SPARQL Graph Store Protocol server, and back out as statistics or RDF.
 *
 * <ul>
 * <li>{@link org.medkg.store.MedkgStore}: opens a TDB2 location (process lock, union default graph).</li>
 * <li>{@link org.medkg.store.ArticleGraphSplitter}: a {@code StreamRDF} cutting the quad stream into one
 * {@link org.medkg.store.ArticleGraph} per article.</li>
 * <li>{@link org.medkg.store.StoreLoader}: loads article graphs in transactional batches, each graph
 * replacing its previous version.</li>
 * <li>{@link org.medkg.store.GraphStorePusher}: PUTs each article graph to a Graph Store Protocol endpoint.</li>
 * <li>{@link org.medkg.store.StoreStats}, {@link org.medkg.store.StoreExporter}: what the store holds.</li>
 * </ul>
 */
package org.medkg.store;
