"""A synthetic catalogue of any size, for benchmarks and load tests.

Titles name one subject in four languages (en/ko/zh/ru) plus an optional common qualifier
("anniversary", "festival", ...). The subjects are the 30 real words below plus `GENERATED`
made-up names (places, people, species): a Korean word of 2-3 Hangul syllables, its Latin
romanisation, 2-3 Chinese characters and a Cyrillic spelling, so each script has a few
thousand distinct words, as a real catalogue does. Subjects are drawn with Zipf weights
(1/rank); the real words, which are popular DPRK subjects, take seeded random ranks among the
first `POPULAR`, the made-up ones the rest. So the words of the bench query mix match tens to
hundreds of rows (a made-up top subject matches ~10% of titles, a qualifier such as
"anniversary" a sixth, a 1-character Chinese search more than a word; see the `rows` figures
of `kpstamps bench`).
Rows go in with Core bulk inserts; `search_text` is computed here because ORM flush events
do not run for Core inserts.
"""

from __future__ import annotations

import random
from functools import lru_cache
from itertools import accumulate

from anyascii import anyascii
from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db import fts, planner
from kpstamps.db.models import (
    CatalogueNumber,
    Holding,
    Item,
    Series,
    Theme,
    Want,
    series_theme,
)
from kpstamps.domain.enums import ItemKind
from kpstamps.domain.search_text import item_search_text, series_search_text
from kpstamps.domain.sorting import natural_key

# (en, ko, zh, ru) words for subjects.
WORDS: tuple[tuple[str, str, str, str], ...] = (
    ("Friendship", "친선", "友好", "Дружба"), ("Pyongyang", "평양", "平壤", "Пхеньян"),
    ("Flowers", "꽃", "花卉", "Цветы"), ("Birds", "새", "鸟类", "Птицы"), ("Tigers", "범", "老虎", "Тигры"),
    ("Football", "축구", "足球", "Футбол"), ("Table tennis", "탁구", "乒乓球", "Настольный теннис"),
    ("New Year", "새해", "新年", "Новый год"), ("Mountains", "산", "山脉", "Горы"), ("Rivers", "강", "河流", "Реки"),
    ("Space", "우주", "太空", "Космос"), ("Railways", "철도", "铁路", "Железные дороги"),
    ("Ships", "배", "船舶", "Корабли"), ("Paintings", "그림", "绘画", "Картины"), ("Music", "음악", "音乐", "Музыка"),
    ("Children", "어린이", "儿童", "Дети"), ("Fruit", "과일", "水果", "Фрукты"), ("Butterflies", "나비", "蝴蝶", "Бабочки"),
    ("Mushrooms", "버섯", "蘑菇", "Грибы"), ("Dogs", "개", "狗", "Собаки"), ("Horses", "말", "马", "Лошади"),
    ("Fish", "물고기", "鱼类", "Рыбы"), ("Architecture", "건축", "建筑", "Архитектура"), ("Science", "과학", "科学", "Наука"),
    ("Olympics", "올림픽", "奥运会", "Олимпиада"), ("Winter", "겨울", "冬季", "Зима"), ("Harvest", "수확", "丰收", "Урожай"),
    ("Kumgang", "금강산", "金刚山", "Кымгансан"), ("Paektu", "백두산", "白头山", "Пэктусан"), ("Orchids", "란초", "兰花", "Орхидеи"),
)
QUALIFIERS: tuple[tuple[str, str, str, str], ...] = (
    ("of Korea", "조선의", "朝鲜的", "Кореи"), ("anniversary", "기념", "纪念", "годовщина"),
    ("festival", "축전", "节日", "фестиваль"), ("championship", "선수권", "锦标赛", "чемпионат"),
    ("exhibition", "전람회", "展览", "выставка"), ("", "", "", ""),
)
THEMES: tuple[tuple[str, str | None, tuple[str, str, str, str]], ...] = (
    ("sport", None, ("Sport", "체육", "体育", "Спорт")),
    ("sport.football", "sport", WORDS[5]), ("sport.table_tennis", "sport", WORDS[6]),
    ("nature", None, ("Nature", "자연", "自然", "Природа")),
    ("nature.flowers", "nature", WORDS[2]), ("nature.birds", "nature", WORDS[3]), ("nature.animals", "nature", WORDS[4]),
    ("friendship", None, WORDS[0]), ("culture", None, ("Culture", "문화", "文化", "Культура")),
    ("culture.music", "culture", WORDS[14]), ("transport", None, ("Transport", "운수", "运输", "Транспорт")),
)
KINDS = [k.value for k in ItemKind if k is not ItemKind.STAMP_FOLDER]  # the same synthetic data as before folders
KIND_WEIGHTS = [70, 10, 5, 6, 2, 2, 3, 2]
SERIAL_PREFIXES = ("A", "B", "Ba", "Bb", "C", "Ca", "D", "Da")
BATCH = 5000


GENERATED = 3000
POPULAR = 300
_INITIALS = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅎ"
_VOWELS = "ㅏㅓㅗㅜㅡㅣㅐㅔㅕㅛㅠ"
_FINALS = ("", "ㄱ", "ㄴ", "ㄹ", "ㅁ", "ㅂ", "ㅇ")
_JAMO_INITIAL = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JAMO_VOWEL = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JAMO_FINAL = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
               "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
# Common Chinese characters (generated names pick 2-3 of them).
_HANZI = ("的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对"
          "可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公"
          "同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正"
          "名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并"
          "内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表"
          "原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风"
          "战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫"
          "连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士"
          "转量空甚众技轻程告江语英基派满式李息写识极令黄德收钱党未持音馆友")
_CYRILLIC = (("ng", "н"), ("ch", "ч"), ("eo", "о"), ("eu", "ы"), ("ae", "э"), ("yo", "ё"), ("yu", "ю"),
             ("ya", "я"), ("ye", "е"), ("wa", "ва"), ("wo", "во"), ("a", "а"), ("b", "б"), ("d", "д"),
             ("e", "е"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "дж"), ("k", "к"), ("l", "л"), ("m", "м"),
             ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("w", "в"),
             ("y", "й"))


def _syllable(rng: random.Random) -> str:
    initial, vowel, final = rng.choice(_INITIALS), rng.choice(_VOWELS), rng.choice(_FINALS)
    code = (_JAMO_INITIAL.index(initial) * 21 + _JAMO_VOWEL.index(vowel)) * 28 + _JAMO_FINAL.index(final)
    return chr(0xAC00 + code)


def _cyrillic(latin: str) -> str:
    out, i = [], 0
    while i < len(latin):
        for old, new in _CYRILLIC:
            if latin.startswith(old, i):
                out.append(new)
                i += len(old)
                break
        else:
            out.append(latin[i])
            i += 1
    return "".join(out).capitalize()


@lru_cache(maxsize=4)
def vocabulary(size: int = GENERATED, seed: int = 7) -> tuple[tuple[tuple[str, str, str, str], ...], tuple[float, ...]]:
    """The (en, ko, zh, ru) subjects and their cumulative Zipf weights (same for every catalogue)."""
    rng = random.Random(seed)
    seen = {w[1] for w in WORDS}
    words: list[tuple[str, str, str, str]] = []
    while len(words) < size:
        ko = "".join(_syllable(rng) for _ in range(rng.choice((2, 2, 3))))
        if ko in seen:
            continue
        seen.add(ko)
        latin = anyascii(ko).lower()
        zh = "".join(rng.choice(_HANZI) for _ in range(len(ko)))
        words.append((latin.capitalize(), ko, zh, _cyrillic(latin)))
    # The real subjects are popular ones: each takes a random rank among the first POPULAR.
    for rank, word in sorted(zip(rng.sample(range(POPULAR), len(WORDS)), WORDS)):
        words.insert(rank, word)
    return tuple(words), tuple(accumulate(1 / rank for rank in range(1, len(words) + 1)))


def _title(rng: random.Random, word: tuple[str, str, str, str]) -> dict[str, str]:
    qualifier = rng.choice(QUALIFIERS)
    en = f"{word[0]} {qualifier[0]}".strip()
    ko = f"{qualifier[1]} {word[1]}".strip()
    zh = f"{qualifier[2]}{word[2]}"
    ru = f"{word[3]} {qualifier[3]}".strip()
    return {"title_en": en, "title_ko": ko, "title_zh": zh, "title_ru": ru}


def _insert(session: Session, table, rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        session.execute(insert(table), rows[start:start + BATCH])


def _themes(session: Session) -> dict[str, int]:
    ids: dict[str, int] = {}
    for key, parent, names in THEMES:
        row = {"key": key, "parent_id": ids.get(parent) if parent else None,
               **dict(zip(("name_en", "name_ko", "name_zh", "name_ru"), names))}
        ids[key] = session.execute(insert(Theme.__table__).returning(Theme.__table__.c.id), [row]).scalar_one()
    return ids


def _subject(rng: random.Random) -> tuple[str, str, str, str]:
    words, weights = vocabulary()
    return rng.choices(words, cum_weights=weights)[0]


def _rows(rng: random.Random, items: int, theme_ids: list[int]) -> dict[str, list[dict]]:
    """Series of 1–10 items; a third of the items repeat their series' subject."""
    rows: dict[str, list[dict]] = {name: [] for name in ("series", "items", "links", "numbers", "holdings", "wants")}
    series_id = item_id = 0
    while item_id < items:
        series_id += 1
        year = rng.randint(1946, 2025)
        serial = f"{SERIAL_PREFIXES[series_id % len(SERIAL_PREFIXES)]}{series_id}"
        subject = _subject(rng)
        titles = _title(rng, subject)
        notes = f"Synthetic issue {series_id} of {year}."
        rows["series"].append({
            "id": series_id, "serial": serial, "serial_sort": natural_key(serial),
            "issue_date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "year": year,
            "notes": notes, "search_text": series_search_text(titles.values(), serial, notes), **titles})
        for theme_id in rng.sample(theme_ids, rng.choice((1, 1, 2))):
            rows["links"].append({"series_id": series_id, "theme_id": theme_id})
        owned_series = rng.random() < 0.3
        for position in range(1, min(rng.randint(1, 10), items - item_id) + 1):
            item_id += 1
            item_titles = _title(rng, subject if rng.random() < 0.33 else _subject(rng))
            mi, sc = str(1000 + item_id), f"{2000 + item_id // 2}{'ab'[item_id % 2]}"
            rows["numbers"] += [
                {"item_id": item_id, "catalogue": "michel", "number": mi, "sort_key": natural_key(mi)},
                {"item_id": item_id, "catalogue": "scott", "number": sc, "sort_key": natural_key(sc)}]
            rows["items"].append({
                "id": item_id, "series_id": series_id, "position": position,
                "kind": rng.choices(KINDS, KIND_WEIGHTS)[0], "face_value_cents": rng.choice((None, 100, 500, 1000)),
                "search_text": item_search_text(item_titles.values(), "", [("michel", mi), ("scott", sc)]),
                **item_titles})
            if owned_series and rng.random() < 0.6:
                rows["holdings"].append({"item_id": item_id, "condition": rng.choice(("mnh", "used", "cto")),
                                         "quantity": 1})
            elif rng.random() < 0.03:
                rows["wants"].append({"item_id": item_id, "quantity": 1})
    return rows


def generate_catalogue(sessions: sessionmaker[Session], items: int, seed: int = 1) -> None:
    """Add `items` synthetic items (in series of 1–10) with themes, numbers, holdings and wants."""
    rng = random.Random(seed)
    with sessions.begin() as session:
        conn = session.connection()
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # One index rebuild at the end is far faster than a trigger call per row.
            conn.exec_driver_sql("PRAGMA cache_size = -262144")
            fts.drop_triggers(conn)
        rows = _rows(rng, items, list(_themes(session).values()))
        tables = {"series": Series.__table__, "items": Item.__table__, "links": series_theme,
                  "numbers": CatalogueNumber.__table__, "holdings": Holding.__table__, "wants": Want.__table__}
        for name, table in tables.items():
            _insert(session, table, rows[name])
        if sqlite:
            fts.ensure_fts(conn)
            conn.exec_driver_sql("PRAGMA cache_size = -2000")
        planner.analyse(conn)
