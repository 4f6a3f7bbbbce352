"""The main table reads row ids in chunks (canFetchMore/fetchMore) and a capped count."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from kpstamps.services import bench
from kpstamps.services.browse import SortKey, row_keys
from kpstamps.ui import table_model as table_module

ALL_ROWS = 15  # the reference catalogue: 13 items, 2 series without items


def _all_keys(window, **options):
    with window.catalogue.sessions() as session:
        return list(row_keys(session, **options))


def _chunked(window, size=4, cap=table_module.COUNT_CAP):
    model = window.table_model
    model.chunk_size, model.count_cap = size, cap
    window.reload()
    return model


def test_first_chunk_only_then_fetch_more_under_the_model_tester(main_window):
    model = _chunked(main_window)
    assert model.rowCount() == 4 and model.canFetchMore() and model.chunks_fetched >= 1
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == ALL_ROWS and not model.canFetchMore()
    assert [model.row_key(r) for r in range(ALL_ROWS)] == _all_keys(main_window)
    assert model.data(model.index(ALL_ROWS - 1, 0)) is not None


def test_scrolling_to_the_end_fetches_every_row(main_window, qapp):
    model = _chunked(main_window)
    for _ in range(20):
        if not model.canFetchMore():
            break
        main_window.table_view.scrollToBottom()
        qapp.processEvents()
    assert model.rowCount() == ALL_ROWS
    assert "15 rows shown" in main_window.status_label.text()


def test_select_key_of_a_row_not_read_yet(main_window):
    model = _chunked(main_window)
    far = _all_keys(main_window)[-1]
    assert model.rowCount() == 4
    assert main_window.select_key(far)
    assert main_window.current_key() == far and main_window.selected_keys() == [far]
    assert model.row_for(far) == ALL_ROWS - 1


def test_keys_are_every_row_of_the_search_without_growing_the_model(main_window):
    model = _chunked(main_window)
    assert model.keys() == _all_keys(main_window) and model.rowCount() == 4


def test_capped_count_in_the_status_bar(main_window):
    model = _chunked(main_window, size=4, cap=5)
    assert model.count_text() == "5+" and "5+ rows shown" in main_window.status_label.text()
    model = _chunked(main_window, size=4, cap=15)
    assert model.count_text() == "15" and "15 rows shown" in main_window.status_label.text()
    model.count_cap = 10_000
    model.reload(keys=_all_keys(main_window)[:3])
    assert model.count_text() == "3" and model.rowCount() == 3 and not model.canFetchMore()


def test_sorting_by_a_column_with_chunks(main_window):
    model = _chunked(main_window)
    serial = next(c for c, column in enumerate(table_module.COLUMNS) if column[2] == SortKey.SERIAL)
    model.sort(serial, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 4
    model.fetch_all()
    assert [model.row_key(r) for r in range(model.rowCount())] == _all_keys(
        main_window, sort=SortKey.SERIAL, descending=True)


def test_bench_measures_what_the_table_reads():
    assert (bench.PAGE, bench.CHUNK, bench.COUNT_CAP) == (
        table_module.PAGE_SIZE, table_module.CHUNK_SIZE, table_module.COUNT_CAP)


def test_select_key_of_a_row_not_shown_reads_no_more_row_ids(main_window):
    model = _chunked(main_window)
    chunks = model.chunks_fetched
    missing = _all_keys(main_window)[0]._replace(item_id=10**9)
    assert not main_window.select_key(missing)
    assert model.chunks_fetched == chunks and model.rowCount() == 4
