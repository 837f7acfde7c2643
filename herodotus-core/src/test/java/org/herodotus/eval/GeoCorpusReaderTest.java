package org.herodotus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoCorpusReaderTest {

    /** TR-News layout: phrase, offsets and a gaztag; a toponym without gaztag is left out. */
    static final String TR_NEWS = """
            <?xml version="1.0" encoding="utf-8"?>
            <articles>
                <article docid="1">
                    <title>Clashes</title>
                    <text><![CDATA[Clashes near Sirte and Tripoli, Libya.]]></text>
                    <toponyms>
                        <toponym><phrase>Sirte</phrase><start>13</start><end>18</end>
                            <gaztag geonameid="2210554"><name>Sirte</name><fclass>P</fclass><fcode>PPLA</fcode>
                                <lat>31.20892</lat><lon>16.58866</lon></gaztag></toponym>
                        <toponym><phrase>Tripoli</phrase><start>24</start><end>31</end>
                            <gaztag geonameid="2210247"><lat>32.88743</lat><lon>13.18733</lon></gaztag></toponym>
                        <toponym><phrase>Libya</phrase><start>32</start><end>37</end>
                            <gaztag geonameid="2215636"><lat>28</lat><lon>17</lon></gaztag></toponym>
                        <toponym><phrase>Clashes</phrase><start>0</start><end>7</end></toponym>
                    </toponyms>
                </article>
            </articles>
            """;

    /** GeoWebNews layout: extractedName, offsets, geonamesID and coordinates; expressions have none. */
    static final String GWN = """
            <?xml version="1.0" ?>
            <articles>
                <article file="7">
                    <title>t</title>
                    <link>http://example.org</link>
                    <text>Citizens of Tripoli, Lebanon, and of Paris.</text>
                    <toponyms>
                        <toponym><extractedName>citizens</extractedName><normalisedName/>
                            <type>Non_Lit_Expression</type><start>0</start><end>8</end>
                            <geonamesID/><latitude/><longitude/></toponym>
                        <toponym><extractedName>Tripoli</extractedName><type>Literal</type>
                            <start>12</start><end>19</end><geonamesID>266826</geonamesID>
                            <latitude>34.43352</latitude><longitude>35.84415</longitude></toponym>
                        <toponym><extractedName>Lebanon</extractedName><type>Literal</type>
                            <start>21</start><end>28</end><geonamesID>272103</geonamesID>
                            <latitude>33.83333</latitude><longitude>35.83333</longitude></toponym>
                        <toponym><extractedName>Paris</extractedName><type>Literal</type>
                            <start>37</start><end>42</end><geonamesID/>
                            <latitude>33.66094</latitude><longitude>-95.55551</longitude></toponym>
                    </toponyms>
                </article>
            </articles>
            """;

    @Test
    void trNewsToponymsWithCoordinatesAreRead() {
        List<GeoArticle> articles = GeoCorpusReader.parse(TR_NEWS, "tr.xml");
        assertEquals(1, articles.size());
        GeoArticle article = articles.get(0);
        assertEquals("1", article.id());
        assertEquals(List.of("Sirte", "Tripoli", "Libya"), article.toponyms().stream().map(GeoToponym::text).toList());
        GeoToponym libya = article.toponyms().get(2);
        assertEquals(28, libya.lat());
        assertEquals(2215636, libya.geonamesId());
        for (GeoToponym t : article.toponyms()) {
            assertEquals(t.text(), article.text().substring(t.begin(), t.end()));
        }
    }

    @Test
    void offsetsThatMissTheToponymAreMovedToIt() {
        GeoToponym tripoli = GeoCorpusReader.parse(TR_NEWS, "tr.xml").get(0).toponyms().get(1);
        assertEquals(23, tripoli.begin());
        assertEquals(30, tripoli.end());
    }

    @Test
    void geoWebNewsExpressionsWithoutCoordinatesAreLeftOut() {
        GeoArticle article = GeoCorpusReader.parse(GWN, "gwn.xml").get(0);
        assertEquals("7", article.id());
        assertEquals(List.of("Tripoli", "Lebanon", "Paris"),
                article.toponyms().stream().map(GeoToponym::text).toList());
        assertEquals(0, article.toponyms().get(2).geonamesId());
    }

    @Test
    void malformedXmlNamesTheFile() {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> GeoCorpusReader.parse("<articles><article>", "broken.xml"));
        assertEquals("broken.xml", e.file());
    }
}
