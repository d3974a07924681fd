// Boilerplate lines in each language, and story lines that must stay article text.
import { describe, expect, it } from 'vitest';
import type { ExclusionReason } from '../../shared/model';
import { classifyLine } from './classify-line';

const BOILERPLATE: Record<string, [string, ExclusionReason][]> = {
  English: [
    ['Home / World / Asia-Pacific', 'navigation'],
    ['Global EditionASIA 中文雙語Fran?ais', 'navigation'],
    ['Most Viewed in 24 Hours', 'navigation'],
    ['BACK TO THE TOP', 'navigation'],
    ['Read also: Tokayev visits Beijing', 'navigation'],
    ['Tags: Kazakhstan, China', 'navigation'],
    ['World Business Culture Sports', 'navigation'],
    ['Share - WeChat', 'share-buttons'],
    ['FOLLOW US', 'share-buttons'],
    ['Facebook Twitter Telegram', 'share-buttons'],
    ['Get The Astana Times stories sent directly to you! Sign up via the website', 'newsletter'],
    ['Subscribe to our newsletter', 'newsletter'],
    ['© 2025 Kazinform. All rights reserved.', 'copyright'],
    ['License for publishing multimedia online 0108263', 'copyright'],
    ['Registration Number: 130349', 'copyright'],
    ['Officials at the launch. Photo credit: The Astana Times', 'caption'],
    ['Photo: Xinhua', 'caption'],
    ['Tokayev at the ceremony (Photo/Xinhua)', 'caption'],
    ['By Yang Ran | chinadaily.com.cn | Updated: 2025-09-03 19:57', 'byline'],
    ['Author: Jane Doe', 'byline'],
    ['Source: https://www.chinadaily.com.cn/a/202509/03/WS68b8.html', 'byline'],
    ['https://www.kazinform.kz/news/123', 'byline'],
    ['24 October 2016 19:12', 'dateline'],
    ['Poll: which city do you visit most?', 'poll'],
    ['casino, slots, poker, bet365, free spins', 'spam'],
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.', 'cookie-notice'],
    ['Accept all cookies', 'cookie-notice'],
    ['Click to share on Twitter (Opens in new window)', 'share-buttons'],
  ],
  Russian: [
    ['Главная / Новости / Мир', 'navigation'],
    ['Читайте также: Токаев посетил Пекин', 'navigation'],
    ['Наверх', 'navigation'],
    ['Поделиться', 'share-buttons'],
    ['Подписывайтесь на наш Telegram-канал', 'newsletter'],
    ['Все права защищены', 'copyright'],
    ['При использовании материалов ссылка на источник обязательна', 'copyright'],
    ['Свидетельство о регистрации СМИ № 12345-ИА', 'copyright'],
    ['Участники форума в Астане. Фото: Kazinform', 'caption'],
    ['Автор: Иван Петров', 'byline'],
    ['Источник: Kazinform', 'byline'],
    ['Опубликовано: 3 сентября 2025, 12:30', 'dateline'],
    ['Опрос: где вы отдыхаете летом?', 'poll'],
    ['онлайн казино, ставки на спорт, слоты, порно видео, эскорт', 'spam'],
    ['Реклама', 'advertisement'],
    ['Мы используем файлы cookie, чтобы сайт работал лучше', 'cookie-notice'],
  ],
  Kazakh: [
    ['Басты бет / Жаңалықтар / Әлем', 'navigation'],
    ['Сондай-ақ оқыңыз: Тоқаев Бейжіңге барды', 'navigation'],
    ['Бөлісу', 'share-buttons'],
    ['Telegram арнамызға жазылыңыз', 'newsletter'],
    ['Барлық құқықтар қорғалған', 'copyright'],
    ['Форум қатысушылары. Фото: Kazinform', 'caption'],
    ['Автор: Айгүл Серікова', 'byline'],
    ['Дереккөз: https://www.inform.kz/kz/article', 'byline'],
    ['Жарияланған: 3 қыркүйек 2025, 12:30', 'dateline'],
    ['Сауалнама: сіз жазда қайда демаласыз?', 'poll'],
    ['Жарнама', 'advertisement'],
  ],
  Chinese: [
    ['首页 > 国际 > 亚太', 'navigation'],
    ['返回顶部', 'navigation'],
    ['中文 | English', 'navigation'],
    ['分享到', 'share-buttons'],
    ['扫码关注我们的公众号', 'newsletter'],
    ['版权所有 中国日报网', 'copyright'],
    ['京ICP备13028878号', 'copyright'],
    ['托卡耶夫出席揭牌仪式。（图片来源：新华社）', 'caption'],
    ['记者 张三 摄', 'caption'],
    ['作者：杨然', 'byline'],
    ['来源：https://cn.chinadaily.com.cn/a/202509/03.html', 'byline'],
    ['发布时间：2025年9月3日 19:57', 'dateline'],
    ['投票：您最关心什么？', 'poll'],
    ['亚洲91视频,国产91网,久久久久久久国产,亚洲日本久久', 'spam'],
    ['广告', 'advertisement'],
    ['本网站使用cookie以改善您的体验', 'cookie-notice'],
  ],
};

const STORY_LINES: string[] = [
  'Share prices rose 5% on Monday after the announcement.',
  'By Tuesday, the talks had collapsed.',
  'By 2030 Kazakhstan plans to double its exports to China.',
  'The court ruled on copyright infringement claims filed by three publishers.',
  'Almaty, Big Almaty lake, Sharyn canyon, Aksu-Zhabagly Nature Reserve, Turkistan, and Astana.',
  'ASTANA – Kazakhstan and China launched several media projects.',
  'NANJING. KAZINFORM - Assel Tulegenova told about partnership between Kazakhstan and China.',
  '"If we have strong cultural exchanges, our friendship will be further strengthened," Tokayev said.',
  'The casino in Macau reported revenue growth of 12 percent.',
  'Раушан Кажибаева, директор Телерадиокомплекса Президента РК:',
  'Фу Хуа, Генеральный директор информационного агентства «Синьхуа»:',
  '- «Близкий сосед лучше дальнего родственника», - говорят казахи.',
  'Опрос показал, что 60% жителей поддерживают реформу.',
  'Подписание меморандума состоялось 3 сентября 2025 года в Астане, сообщает пресс-служба.',
  'Қазақстан мен Қытай арасындағы сауда көлемі 2024 жылы 43,8 миллиард долларға жетті.',
  'Жеке куәлік алу үшін азаматтар ХҚКО-ға жүгінеді.',
  '哈萨克斯坦、乌兹别克斯坦、吉尔吉斯斯坦、塔吉克斯坦和土库曼斯坦领导人出席了会议。',
  '他说，两国关系久久不能忘怀的友谊将继续发展。',
  'Kazakhstan, China deepen cultural cooperation',
  "The EU ruled that websites must ask before they store cookies on a reader's computer.",
  'Advertisement spending fell 4 percent in 2023, the association said.',
  'Authorities say that the cases appear to be unrelated.',
  'Author Jane Doe signed copies of her book after the reading.',
];

describe('classifyLine', () => {
  for (const [language, lines] of Object.entries(BOILERPLATE)) {
    it.each(lines)(`${language}: "%s" is %s`, (line, reason) => {
      expect(classifyLine(line)).toBe(reason);
    });
  }

  it.each(STORY_LINES)('keeps story text: "%s"', (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});
