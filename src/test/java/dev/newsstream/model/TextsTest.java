package dev.newsstream.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void wordsAreRunsOfNonWhitespace() {
        assertEquals(0, Texts.wordCount(null));
        assertEquals(0, Texts.wordCount(" \n\t "));
        assertEquals(5, Texts.wordCount("The ferry sails\ttwice  daily."));
    }

    @Test
    void chineseAndJapaneseCountAWordPerTwoCharacters() {
        // written without spaces: twelve Han characters and a full stop are six words, not one
        assertEquals(6, Texts.wordCount("岛上渡轮冬季班次增加一倍。"));
        assertEquals(3, Texts.wordCount("渡し船が増便"), "kana and Han alike");
        assertEquals(4, Texts.wordCount("Cellan 渡轮 sails 增加"), "spaced words and characters together");
        assertTrue(Texts.isCjk('渡') && Texts.isCjk('が') && Texts.isCjk('カ'));
        assertFalse(Texts.isCjk('a') || Texts.isCjk('é') || Texts.isCjk('。') || Texts.isCjk('한'));
    }

    @Test
    void thaiAndItsNeighboursCountAWordPerFourCharacters() {
        // invented: "the ferry will sail twice a day from Monday"; spaces part phrases, not words
        assertEquals(12, Texts.wordCount("เรือข้ามฟากจะแล่นวันละสองเที่ยว ตั้งแต่วันจันทร์"));
        assertEquals(3, Texts.wordCount("ເຮືອຂ້າມຟາກ"), "Lao alike");
    }
}
