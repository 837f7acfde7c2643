package org.herodotus.store;

import org.herodotus.ingest.ArticleReader;
import org.herodotus.ingest.ReadOptions;
import org.herodotus.ingest.ReadResult;
import org.herodotus.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedReaderTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Mediterranean Wire</title>
                <item>
                  <title>Turkish minister in Baghdad</title>
                  <link>https://wire.example/1</link>
                  <guid>wire-1</guid>
                  <pubDate>Wed, 10 Mar 2021 08:00:00 GMT</pubDate>
                  <description><![CDATA[<p>Turkey's foreign minister arrived in Baghdad on Wednesday.</p><p>He met Iraqi leaders.</p>]]></description>
                </item>
                <item>
                  <title>Headline only</title>
                  <link>https://wire.example/2</link>
                </item>
                <item>
                  <title>Full text</title>
                  <link>https://wire.example/3</link>
                  <pubDate>Thu, 11 Mar 2021 08:00:00 +0300</pubDate>
                  <description>Short summary.</description>
                  <content:encoded><![CDATA[<div><p>Iraq and Turkey agreed to set up a water committee.</p></div>]]></content:encoded>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Baltic Report</title>
              <entry>
                <title>EU sanctions Belarusian officials</title>
                <id>urn:baltic:3</id>
                <link rel="alternate" href="https://baltic.example/3"/>
                <published>2020-10-02T10:00:00Z</published>
                <summary type="html">&lt;p&gt;The European Union imposed sanctions on 40 Belarusian officials.&lt;/p&gt;</summary>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    private List<ReadResult> read(String name, String content) throws IOException {
        Path f = Files.writeString(dir.resolve(name), content);
        List<ReadResult> out = new ArrayList<>();
        new Inputs(new ArticleReader(ReadOptions.defaults())).read(f.toString(), out::add);
        return out;
    }

    @Test
    void rssItemsBecomeArticlesWithTitleLinkDateAndText() throws IOException {
        List<ReadResult> results = read("wire.rss", RSS);
        assertEquals(3, results.size());
        Article first = ((ReadResult.Ok) results.stream().filter(r -> r instanceof ReadResult.Ok).findFirst().orElseThrow())
                .article();
        assertEquals("wire-1", first.id());
        assertEquals("Turkish minister in Baghdad", first.title());
        assertEquals("https://wire.example/1", first.url());
        assertEquals("Mediterranean Wire", first.source());
        assertEquals(LocalDate.of(2021, 3, 10), first.published());
        assertEquals("Turkey's foreign minister arrived in Baghdad on Wednesday.\n\nHe met Iraqi leaders.", first.text());
    }

    @Test
    void contentIsPreferredToTheDescriptionAndAnItemWithoutTextIsAProblem() throws IOException {
        List<ReadResult> results = read("wire.xml", RSS);
        ReadResult.Failed headline = (ReadResult.Failed) results.stream().filter(r -> r instanceof ReadResult.Failed)
                .findFirst().orElseThrow();
        assertTrue(headline.problem().message().startsWith(dir.resolve("wire.xml") + ":2: item \"Headline only\" has "
                + "no description or content"), headline.problem().message());
        Article full = results.stream().filter(r -> r instanceof ReadResult.Ok).map(r -> ((ReadResult.Ok) r).article())
                .filter(a -> a.id().equals("https://wire.example/3")).findFirst().orElseThrow();
        assertEquals("Iraq and Turkey agreed to set up a water committee.", full.text());
        assertEquals(LocalDate.of(2021, 3, 11), full.published());
    }

    @Test
    void atomEntriesBecomeArticles() throws IOException {
        List<ReadResult> results = read("baltic.atom", ATOM);
        Article a = ((ReadResult.Ok) results.get(0)).article();
        assertEquals("urn:baltic:3", a.id());
        assertEquals("https://baltic.example/3", a.url());
        assertEquals("Baltic Report", a.source());
        assertEquals(LocalDate.of(2020, 10, 2), a.published());
        assertEquals("The European Union imposed sanctions on 40 Belarusian officials.", a.text());
    }

    @Test
    void aMalformedFeedIsOneProblemNamingTheFileAndTheFix() throws IOException {
        List<ReadResult> results = read("broken.rss", RSS.replace("</channel>", ""));
        assertEquals(1, results.size());
        String m = assertInstanceOf(ReadResult.Failed.class, results.get(0)).problem().message();
        assertTrue(m.startsWith(dir.resolve("broken.rss") + ": is not well-formed XML (line "), m);
        assertTrue(m.endsWith("fix the feed or download it again; the other inputs are still read"), m);
    }

    @Test
    void xmlThatIsNotAFeedIsNamedAsSuch() throws IOException {
        List<ReadResult> results = read("pom.xml", "<project><name>x</name></project>");
        String m = ((ReadResult.Failed) results.get(0)).problem().message();
        assertTrue(m.contains("is XML but not an RSS or Atom feed (its root element is <project>)"), m);
    }

    @Test
    void feedsInADirectoryAreReadWithItsArticles() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("in"));
        Files.writeString(sub.resolve("a.txt"), "Egypt condemned the attack.");
        Files.writeString(sub.resolve("b.atom"), ATOM);
        List<ReadResult> out = new ArrayList<>();
        new Inputs(new ArticleReader(ReadOptions.defaults())).read(sub.toString(), out::add);
        assertEquals(List.of("a", "urn:baltic:3"), out.stream().map(r -> ((ReadResult.Ok) r).article().id()).toList());
        assertEquals(OptionalLong.of(2), Inputs.estimate(List.of(sub.toString())));
    }

    @Test
    void rfc822AndIsoDatesAreRead() {
        assertEquals(LocalDate.of(2021, 3, 10), FeedItems.date("Wed, 10 Mar 2021 08:00:00 EST"));
        assertEquals(LocalDate.of(2021, 3, 1), FeedItems.date("1 March 2021"));
        assertEquals(LocalDate.of(2021, 3, 10), FeedItems.date("2021-03-10T23:30:00-05:00"));
        assertEquals(null, FeedItems.date("sometime"));
    }
}
