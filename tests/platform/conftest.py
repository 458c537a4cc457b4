from tests.ui.conftest import _no_work_left_behind  # noqa: F401 - applies to these tests too
