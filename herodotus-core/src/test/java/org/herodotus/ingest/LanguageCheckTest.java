package org.herodotus.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {

    static final String ENGLISH = "The Turkish and Qatari ministers arrived in Tripoli on Monday, and discussed "
            + "with Sarraj and Libyan officials the latest developments in the country and the military build-up "
            + "in eastern Sirte and the Jufra region.";

    static final String FRENCH = "Le chef du gouvernement libyen d'union nationale, Fayez al-Sarraj, a discuté "
            + "lundi à Tripoli des moyens de renforcer la coopération militaire et sécuritaire avec le ministre "
            + "turc de la Défense, Hulusi Akar, alors que l'Allemagne a lancé un appel contre l'escalade militaire.";

    static final String ARABIC = "ناقش رئيس حكومة الوفاق الليبية فايز السراج سبل التعاون العسكري والأمني مع "
            + "وزير الدفاع التركي خلوصي أكار ووزير الدولة القطري لشؤون الدفاع خالد العطية، فيما أطلقت ألمانيا "
            + "نداء بشأن التصعيد العسكري.";

    @Test
    void englishNewsParagraphPasses() {
        LanguageCheck.Verdict verdict = LanguageCheck.judge(ENGLISH);
        assertTrue(verdict.judged());
        assertTrue(verdict.english(), verdict::toString);
    }

    @Test
    void nameHeavyEnglishParagraphPasses() {
        String text = "Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Tuesday for "
                + "talks on energy cooperation, trade and the war in Ukraine, Kremlin spokesman Dmitry Peskov told "
                + "reporters. Washington accused Beijing of providing cover for Moscow's war.";
        assertTrue(LanguageCheck.judge(text).english());
    }

    @Test
    void frenchParagraphFails() {
        LanguageCheck.Verdict verdict = LanguageCheck.judge(FRENCH);
        assertTrue(verdict.judged());
        assertFalse(verdict.english(), verdict::toString);
    }

    @Test
    void arabicParagraphFails() {
        LanguageCheck.Verdict verdict = LanguageCheck.judge(ARABIC);
        assertTrue(verdict.judged());
        assertFalse(verdict.english(), verdict::toString);
    }

    @Test
    void chineseIsJudgedCharacterByCharacter() {
        String text = "利比亚民族团结政府总理萨拉杰周一在的黎波里会见了土耳其国防部长和卡塔尔国防事务国务部长，双方讨论了军事和安全合作。";
        assertFalse(LanguageCheck.judge(text).english());
    }

    @Test
    void shortHeadlineIsNotJudged() {
        LanguageCheck.Verdict verdict = LanguageCheck.judge("Sarraj reçoit Akar et al-Attiyah à Tripoli");
        assertFalse(verdict.judged());
        assertTrue(verdict.english());
    }
}
