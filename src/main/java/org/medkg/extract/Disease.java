package org.medkg.extract;

import java.util.List;

/**
 * Everything an article states about its disease: what its markup states outright, and what its prose
 * states ({@link ProseFacts}). {@code englishName} (or null) is the name of the
 * disease's English Wikipedia article, used to identify one disease across languages. {@code symptomPage}: the
 * page is about a symptom (it has a symptom infobox), read like a disease article.
 */
public record Disease(Label name, List<Label> labels, List<Label> alternateNames, String englishName,
                      Label description, String field, List<Code> codes, List<Category> categories, Image image,
                      List<Citation> citations, List<PageLink> links, List<PageLink> seeAlso,
                      List<WebLink> externalLinks, ProseFacts prose, boolean symptomPage) {
}
