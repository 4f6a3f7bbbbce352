"""A synthetic catalogue of any size, for benchmarks and load tests.

Titles are built from small four-language word lists (ko/en/zh/ru), so searches in every
script hit realistic numbers of rows. Rows go in with Core bulk inserts; `search_text` is
computed here because ORM flush events do not run for Core inserts.
"""

from __future__ import annotations

import random

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from kpstamps.db import fts
from kpstamps.db.models import (
    CatalogueNumber,
    Holding,
    Item,
    Series,
    Theme,
    Want,
    series_theme,
)
from kpstamps.db.search_text import item_search_text, series_search_text
from kpstamps.domain.enums import ItemKind
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
KINDS = [k.value for k in ItemKind]
KIND_WEIGHTS = [70, 10, 5, 6, 2, 2, 3, 2]
SERIAL_PREFIXES = ("A", "B", "Ba", "Bb", "C", "Ca", "D", "Da")
BATCH = 5000


def _title(rng: random.Random) -> dict[str, str]:
    word, qualifier = rng.choice(WORDS), rng.choice(QUALIFIERS)
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
        theme_ids = list(_themes(session).values())
        series_rows, item_rows, links, numbers, holdings, wants = [], [], [], [], [], []
        series_id = item_id = 0
        while item_id < items:
            series_id += 1
            year = rng.randint(1946, 2025)
            serial = f"{SERIAL_PREFIXES[series_id % len(SERIAL_PREFIXES)]}{series_id}"
            titles = _title(rng)
            notes = f"Synthetic issue {series_id} of {year}."
            series_rows.append({
                "id": series_id, "serial": serial, "serial_sort": natural_key(serial),
                "issue_date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "year": year,
                "notes": notes, "search_text": series_search_text(titles.values(), serial, notes), **titles})
            for theme_id in rng.sample(theme_ids, rng.choice((1, 1, 2))):
                links.append({"series_id": series_id, "theme_id": theme_id})
            owned_series = rng.random() < 0.3
            for position in range(1, min(rng.randint(1, 10), items - item_id) + 1):
                item_id += 1
                item_titles = _title(rng)
                mi, sc = str(1000 + item_id), f"{2000 + item_id // 2}{'ab'[item_id % 2]}"
                numbers += [{"item_id": item_id, "catalogue": "michel", "number": mi, "sort_key": natural_key(mi)},
                            {"item_id": item_id, "catalogue": "scott", "number": sc, "sort_key": natural_key(sc)}]
                item_rows.append({
                    "id": item_id, "series_id": series_id, "position": position,
                    "kind": rng.choices(KINDS, KIND_WEIGHTS)[0], "face_value_cents": rng.choice((None, 100, 500, 1000)),
                    "search_text": item_search_text(item_titles.values(), "", [("michel", mi), ("scott", sc)]),
                    **item_titles})
                if owned_series and rng.random() < 0.6:
                    holdings.append({"item_id": item_id, "condition": rng.choice(("mnh", "used", "cto")), "quantity": 1})
                elif rng.random() < 0.03:
                    wants.append({"item_id": item_id, "quantity": 1})
        _insert(session, Series.__table__, series_rows)
        _insert(session, Item.__table__, item_rows)
        _insert(session, series_theme, links)
        _insert(session, CatalogueNumber.__table__, numbers)
        _insert(session, Holding.__table__, holdings)
        _insert(session, Want.__table__, wants)
        if sqlite:
            fts.ensure_fts(conn)
            conn.exec_driver_sql("PRAGMA cache_size = -2000")
