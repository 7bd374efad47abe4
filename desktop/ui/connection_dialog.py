"""Choose where the desk connects: a preset, an address, the tokens, a test.

Tokens go to the OS keyring. When there is no secure keyring the dialog says so in plain
words and the tokens are kept for this session only; there is no plaintext fallback.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.desk.connection import (
    PRESETS,
    ConnectionKind,
    ConnectionProfile,
    InvalidBaseUrlError,
    normalize_base_url,
    normalize_chain_id,
    preset_for,
)
from desktop.desk.credentials import Tokens
from desktop.desk.translatable import fill_template
from desktop.ui import tints
from desktop.ui.profiles import find_profile, save_profile
from desktop.ui.session import Session, make_client
from desktop.ui.translation import translate_text


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ConnectionDialog(QDialog):
    """``connectionDialog``: pick a preset or address, enter tokens, test, save.

    After ``accept()``, :attr:`profile` and :attr:`tokens` hold the choice; the tokens are
    already stored (securely, or for this session only — :attr:`stored_securely` says which).
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Connection"))
        self.setMinimumWidth(560)
        self._session = session
        self.profile: ConnectionProfile | None = None
        self.tokens: Tokens | None = None
        self.stored_securely = False
        self._test_request = None

        self.preset_combo = QComboBox(objectName="presetCombo")
        for preset in PRESETS:
            self.preset_combo.addItem(translate_text("Connection", preset.label), preset.kind.value)
        self.url_edit = QLineEdit(objectName="baseUrlEdit")
        self.url_edit.setPlaceholderText("https://api.mews.com")
        self.client_token_edit = QLineEdit(objectName="clientTokenEdit")
        self.access_token_edit = QLineEdit(objectName="accessTokenEdit")
        for edit in (self.client_token_edit, self.access_token_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.chain_edit = QLineEdit(objectName="chainIdEdit")
        self.chain_edit.setPlaceholderText(self.tr("Only for portfolio access tokens"))
        self.show_tokens = QPushButton(
            self.tr("S&how"), objectName="showTokensButton", checkable=True
        )
        self.show_tokens.toggled.connect(self._toggle_token_echo)

        self.url_problem = _plain_label()
        self.url_problem.setObjectName("urlProblem")
        self.url_problem.setStyleSheet("color: palette(link-visited);")
        self.url_problem.setProperty("role", "error")
        self.keyring_warning = _plain_label()
        self.keyring_warning.setObjectName("keyringWarning")
        self.keyring_warning.setStyleSheet(tints.box_style("QLabel", tints.AMBER, padding=6))
        self.preset_note = _plain_label()
        self.preset_note.setObjectName("presetNote")

        token_row = QHBoxLayout()
        token_row.addWidget(self.access_token_edit, 1)
        token_row.addWidget(self.show_tokens)
        form = QFormLayout()
        form.addRow(self.tr("Connect &to"), self.preset_combo)
        form.addRow("", self.preset_note)
        form.addRow(self.tr("API a&ddress"), self.url_edit)
        form.addRow("", self.url_problem)
        form.addRow(self.tr("C&lient token"), self.client_token_edit)
        form.addRow(self.tr("Acc&ess token"), token_row)
        access_label = form.labelForField(token_row)
        if isinstance(access_label, QLabel):
            access_label.setBuddy(self.access_token_edit)
        form.addRow(self.tr("C&hain ID"), self.chain_edit)
        self._form = form

        self.test_button = QPushButton(
            self.tr("Te&st connection"), objectName="testConnectionButton"
        )
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = _plain_label()
        self.test_result.setObjectName("testResult")
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keyring_warning)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)

        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        self.url_edit.textChanged.connect(self._validate)
        self.chain_edit.textChanged.connect(self._validate)
        self.client_token_edit.textChanged.connect(self._validate)
        self.access_token_edit.textChanged.connect(self._validate)
        self._show_keyring_state()
        self._select_current()

    # -- state ----------------------------------------------------------------------

    @property
    def kind(self) -> ConnectionKind:
        return ConnectionKind(self.preset_combo.currentData())

    def select_kind(self, kind: ConnectionKind) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(kind.value))

    def _select_current(self) -> None:
        current = self._session.profile
        if current is None:
            self._preset_changed()
            return
        self.select_kind(current.kind)
        self._preset_changed()
        if current.kind is ConnectionKind.CUSTOM:
            self.url_edit.setText(current.base_url)
        self.chain_edit.setText(current.chain_id or "")

    def _show_keyring_state(self) -> None:
        store = self._session.credentials
        if store.secure:
            self.keyring_warning.hide()
            return
        warning = self.tr(
            "No secure password store was found on this computer "
            "(%1). Tokens will be kept only until Frontdesk is "
            "closed and must be entered again next time. They are never written to a file."
        )
        self.keyring_warning.setText(fill_template(warning, (store.backend_name,)))
        self.keyring_warning.show()

    @Slot()
    def _preset_changed(self) -> None:
        preset = preset_for(self.kind)
        sandbox = self.kind is ConnectionKind.SANDBOX
        self.url_edit.setReadOnly(not preset.url_editable)
        self.url_edit.setText(preset.base_url if not sandbox else self.tr("Runs on this computer"))
        self.url_edit.setEnabled(not sandbox)
        for edit in (self.client_token_edit, self.access_token_edit, self.chain_edit):
            edit.setEnabled(not sandbox)
        self.show_tokens.setEnabled(not sandbox)
        notes = {
            ConnectionKind.SANDBOX: self.tr(
                "Demo guests on this computer; nothing leaves it. No tokens needed."
            ),
            ConnectionKind.MEWS_DEMO: self.tr(
                "Mews's public test property. Never enter real guest data there."
            ),
            ConnectionKind.MEWS_PRODUCTION: self.tr(
                "Your property's live data. Use the tokens your Mews admin gave you."
            ),
            ConnectionKind.CUSTOM: self.tr(
                "Any Mews-compatible address; https only, except on this computer."
            ),
        }
        self.preset_note.setText(notes[self.kind])
        stored = self._stored_tokens()
        client_token = stored.client_token if stored else preset.client_token
        access_token = stored.access_token if stored else preset.access_token
        self.client_token_edit.setText("" if sandbox else client_token)
        self.access_token_edit.setText("" if sandbox else access_token)
        self.test_result.clear()
        self._validate()

    def _stored_tokens(self) -> Tokens | None:
        saved = find_profile(self._session.settings, self.kind, self.url_edit.text().strip())
        return self._session.credentials.load(saved.profile_id) if saved else None

    @Slot(bool)
    def _toggle_token_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.client_token_edit.setEchoMode(mode)
        self.access_token_edit.setEchoMode(mode)
        self.show_tokens.setText(self.tr("&Hide") if shown else self.tr("S&how"))

    @Slot()
    def _validate(self) -> bool:
        problem = self.problem()
        self.url_problem.setText(problem or "")
        self.url_problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(problem is None)
        self.test_button.setEnabled(problem is None)
        return problem is None

    def problem(self) -> str | None:
        """What stops this connection from being used, in words; ``None`` when it is usable."""
        if self.kind is ConnectionKind.SANDBOX:
            return None
        try:
            normalize_base_url(self.url_edit.text())
        except InvalidBaseUrlError as error:
            return translate_text("Connection", str(error))
        try:
            normalize_chain_id(self.chain_edit.text())
        except ValueError as error:
            return translate_text("Connection", str(error))
        if not self.client_token_edit.text().strip() or not self.access_token_edit.text().strip():
            return self.tr("Enter both the client token and the access token.")
        return None

    def chosen(self) -> tuple[ConnectionProfile, Tokens | None]:
        """The profile and tokens as entered (the profile id reuses a saved one of that kind)."""
        kind = self.kind
        if kind is ConnectionKind.SANDBOX:
            saved = find_profile(self._session.settings, kind)
            return saved or ConnectionProfile.new(kind), None
        base_url = normalize_base_url(self.url_edit.text())
        saved = find_profile(self._session.settings, kind, base_url)
        profile = ConnectionProfile(
            profile_id=saved.profile_id if saved else uuid.uuid4().hex[:12],
            kind=kind,
            name=preset_for(kind).label if kind is not ConnectionKind.CUSTOM else base_url,
            base_url=base_url,
            chain_id=normalize_chain_id(self.chain_edit.text()),
        )
        tokens = Tokens(
            self.client_token_edit.text().strip(), self.access_token_edit.text().strip()
        )
        return profile, tokens

    # -- actions --------------------------------------------------------------------

    @Slot()
    def test_connection(self) -> None:
        if not self._validate():
            return
        profile, tokens = self.chosen()
        if tokens is None:
            if not self._session.connected or self._session.profile is None:
                self.test_result.setText(
                    self.tr("The sandbox is still starting; try again in a moment.")
                )
                return
            profile = self._session.profile
            shared = self._session.client
        else:
            shared = None
        self.test_result.setText(self.tr("Testing…"))
        self.test_button.setEnabled(False)

        def probe() -> int:
            # Building a client imports the API layer and opens a connection pool: worker work.
            client = shared if shared is not None else make_client(profile, tokens)
            try:
                # A lookup of an id nobody has: proves address and tokens for one request.
                client.get_all_customers(customer_ids=[str(uuid.uuid4())], count=1)
                return 0
            finally:
                if shared is None:
                    client.close()

        self._test_request = self._session.runner.submit(probe, owner=self, label="test")
        self._test_request.succeeded.connect(self._test_passed)
        self._test_request.failed.connect(self._test_failed)

    @Slot(object)
    def _test_passed(self, _result: object) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(self.tr("Connected: the address and tokens work."))
        self.test_result.setProperty("outcome", "success")

    @Slot(object)
    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        message = getattr(error, "message", None) or str(error)
        request_id = getattr(error, "request_id", None)
        text = fill_template(self.tr("Failed: %1"), (message,))
        if request_id:
            text = fill_template(self.tr("%1 (RequestId %2)"), (text, str(request_id)))
        self.test_result.setText(text)
        self.test_result.setProperty("outcome", "failure")

    def accept(self) -> None:
        if not self._validate():
            return
        profile, tokens = self.chosen()
        if tokens is not None:
            self.stored_securely = self._session.credentials.save(profile.profile_id, tokens)
        save_profile(self._session.settings, profile)
        self.profile = profile
        self.tokens = tokens
        super().accept()
