import pytest
from servers import Servers


@pytest.fixture
def servers(tmp_path):
    running = Servers(tmp_path)
    yield running
    running.stop_all()
