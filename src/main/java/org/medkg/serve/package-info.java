/**
 * The serve stage: a store as linked data, on the web. Reads the store; knows nothing of how it was filled.
 *
 * <ul>
 * <li>{@link org.medkg.serve.LinkedDataServer}: embeds Apache Jena Fuseki for the read-only SPARQL endpoint and
 * mounts medkg's servlets beside it.</li>
 * <li>{@link org.medkg.serve.IriMapping}: minted IRI {@code BASE+P} ↔ server path {@code /P}.</li>
 * <li>{@link org.medkg.serve.DocumentFormat}: content negotiation between the page and four RDF syntaxes.</li>
 * <li>{@link org.medkg.serve.ResourceDescriber}: a resource's data document.</li>
 * <li>{@link org.medkg.serve.LabelIndex}: search over names in every script.</li>
 * <li>{@link org.medkg.serve.DisplayLanguage}, {@link org.medkg.serve.Messages},
 * {@link org.medkg.serve.PageSection}: what pages say, in which language, in which order (data files).</li>
 * <li>{@link org.medkg.serve.DatasetSummary}: the counts behind the home page and VoID.</li>
 * </ul>
 */
package org.medkg.serve;
