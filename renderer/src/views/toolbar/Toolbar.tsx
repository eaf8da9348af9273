// The editor's toolbar, one row at 1366 px, in groups that keep their place at every width:
// the report and the briefing (open, save, settings, undo/redo) · how the deck looks (theme,
// comparison, watermark) · help (data warnings, search, 帮助) · and, fixed at the right end,
// export and the show. Buttons have an icon (bundled) and a text label.
import type { ReactNode } from 'react';
import { THEME_IDS, type ThemeId } from '../../../../core/deck/themes';
import type { Briefing } from '../../../../core/briefing/schema';
import type { BriefingAction } from '../../briefing/reducer';
import type { AutosaveState } from '../../briefing/useBriefing';
import type { BundledInfo } from '../../bridge/types';
import { T } from '../../i18n';
import { Icon, type IconName } from './icons';

export interface ToolbarProps {
  reportTitle: string;
  reportId: string;
  file: string;
  briefing: Briefing;
  bundled: BundledInfo[];
  currentBundledId: string | undefined;
  canUndo: boolean;
  canRedo: boolean;
  autosave: AutosaveState;
  panel: boolean;
  warnings: number;
  warningsOpen: boolean;
  edit(action: BriefingAction): void;
  onOpenBundled(id: string): void;
  onOpenReport(): void;
  onOpenFolder(): void;
  onOpenBriefing(): void;
  onSaveBriefing(): void;
  onTogglePanel(): void;
  onUndo(): void;
  onRedo(): void;
  onCompare(id: string | undefined): void;
  onToggleWarnings(): void;
  onSearch(): void;
  onHelp(): void;
  onExport(): void;
  onPresenter(): void;
  onPresent(fromCurrent: boolean): void;
}

function ToolButton({
  icon,
  label,
  name,
  children,
  ...rest
}: {
  icon: IconName;
  label: string;
  /** The accessible name when it says more than the label (it starts with the label). */
  name?: string;
  children?: ReactNode;
} & Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'children'> & { 'data-testid'?: string }) {
  return (
    <button type="button" className="tool" aria-label={name ?? label} {...rest}>
      <Icon name={icon} />
      <span className="tool-label">{label}</span>
      {children}
    </button>
  );
}

export function Toolbar(p: ToolbarProps) {
  const { briefing, edit } = p;
  return (
    <header className="toolbar" role="toolbar" aria-label={T.toolbar.name}>
      <h1 className="report-title" data-testid="report-title" title={p.file}>
        {p.reportTitle}
      </h1>
      <div className="toolbar-group" role="group" aria-label={T.toolbar.groups.briefing}>
        <select
          className="report-select"
          value={p.currentBundledId ?? ''}
          onChange={(e) => e.target.value && p.onOpenBundled(e.target.value)}
          aria-label={T.editor.bundled}
          title={T.editor.bundled}
          data-testid="bundled-select"
        >
          {p.currentBundledId === undefined && <option value="">—</option>}
          {p.bundled.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title}
            </option>
          ))}
        </select>
        <ToolButton
          icon="open"
          label={T.toolbar.open}
          name={T.editor.openReport}
          title={`${T.editor.openReport}（Ctrl+O）`}
          onClick={p.onOpenReport}
        />
        <ToolButton
          icon="folder"
          label={T.toolbar.openFolder}
          name={T.editor.openFolder}
          title={T.editor.openFolder}
          onClick={p.onOpenFolder}
          data-testid="open-folder"
        />
        <ToolButton
          icon="briefing-open"
          label={T.toolbar.openBriefing}
          name={T.briefing.open}
          title={`${T.briefing.open}（Ctrl+Shift+O）`}
          onClick={p.onOpenBriefing}
          data-testid="open-briefing"
        />
        <ToolButton
          icon="save"
          label={T.toolbar.save}
          name={T.briefing.save}
          title={`${T.briefing.save}（Ctrl+S）`}
          onClick={p.onSaveBriefing}
          data-testid="save-briefing"
        />
        <ToolButton
          icon="settings"
          label={T.briefing.panel}
          aria-pressed={p.panel}
          onClick={p.onTogglePanel}
          data-testid="briefing-panel-toggle"
        />
        <ToolButton
          icon="undo"
          label={T.briefing.undo}
          title={`${T.briefing.undo}（Ctrl+Z）`}
          disabled={!p.canUndo}
          onClick={p.onUndo}
          data-testid="undo"
        />
        <ToolButton
          icon="redo"
          label={T.briefing.redo}
          title={`${T.briefing.redo}（Ctrl+Y）`}
          disabled={!p.canRedo}
          onClick={p.onRedo}
          data-testid="redo"
        />
        <span className="autosave" data-testid="autosave" data-state={p.autosave} role="status">
          {T.briefing.autosave[p.autosave]}
        </span>
      </div>
      <div className="toolbar-group" role="group" aria-label={T.toolbar.groups.look}>
        <label>
          {T.editor.theme}
          <select
            value={briefing.theme}
            onChange={(e) => edit({ type: 'setTheme', theme: e.target.value as ThemeId })}
            data-testid="theme-select"
          >
            {THEME_IDS.map((t) => (
              <option key={t} value={t}>
                {T.themes[t] ?? t}
              </option>
            ))}
          </select>
        </label>
        <label>
          {T.editor.compare}
          <select
            className="compare-select"
            value={briefing.compareWith?.id ?? ''}
            onChange={(e) => p.onCompare(e.target.value || undefined)}
            data-testid="compare-select"
          >
            <option value="">{T.editor.compareNone}</option>
            {p.bundled
              .filter((b) => b.id !== p.reportId)
              .map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title}
                </option>
              ))}
          </select>
        </label>
        <label>
          {T.editor.watermark}
          <select
            value={briefing.watermark ?? ''}
            onChange={(e) => edit({ type: 'setWatermark', watermark: e.target.value || undefined })}
            data-testid="watermark-select"
          >
            <option value="">{T.editor.watermarkNone}</option>
            {[...new Set([...T.briefing.watermarks, ...(briefing.watermark ? [briefing.watermark] : [])])].map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="toolbar-group" role="group" aria-label={T.toolbar.groups.help}>
        <ToolButton
          icon="warning"
          label={`${T.editor.warnings}（${p.warnings}）`}
          className={`tool warnings-toggle${p.warnings ? ' has' : ''}`}
          aria-expanded={p.warningsOpen}
          onClick={p.onToggleWarnings}
          data-testid="warnings-toggle"
        />
        <ToolButton
          icon="search"
          label={T.editor.search}
          title={`${T.editor.search}（Ctrl+F）`}
          onClick={p.onSearch}
          data-testid="search-button"
        />
        <ToolButton icon="help" label={T.toolbar.help} title="?" onClick={p.onHelp} data-testid="help-button" />
      </div>
      <div className="toolbar-group toolbar-end" role="group" aria-label={T.toolbar.groups.show}>
        <ToolButton
          icon="export"
          label={T.toolbar.export}
          name={T.exporting.button}
          title="Ctrl+E"
          onClick={p.onExport}
          data-testid="export-button"
        />
        <ToolButton
          icon="presenter"
          label={T.toolbar.presenter}
          name={T.editor.presenterView}
          title="Alt+F5"
          onClick={p.onPresenter}
        />
        <ToolButton
          icon="play-current"
          label={T.toolbar.presentCurrent}
          name={T.editor.presentCurrent}
          title="Shift+F5"
          onClick={() => p.onPresent(true)}
        />
        <ToolButton
          icon="play"
          label={T.editor.present}
          title="F5"
          className="tool primary"
          onClick={() => p.onPresent(false)}
        />
      </div>
    </header>
  );
}
