// The presenter's times: elapsed (pause, reset), the countdown to the briefing's target length
// (amber near the end, red once over), and the clock.
import { countdown, hhmmss } from '../../nav/countdown';
import { T } from '../../i18n';
import type { Timer } from './useTimer';

export function PresenterClock({ timer, targetMinutes }: { timer: Timer; targetMinutes: number | undefined }) {
  const left = countdown(timer.elapsed, targetMinutes);
  return (
    <div className="presenter-clock">
      <div>
        <span className="presenter-label">{T.presenter.elapsed}</span>
        <span className="big-time" data-testid="elapsed">
          {hhmmss(timer.elapsed)}
        </span>
        <button type="button" onClick={timer.toggle}>
          {timer.paused ? T.presenter.resume : T.presenter.pause}
        </button>
        <button type="button" onClick={timer.reset}>
          {T.presenter.reset}
        </button>
      </div>
      {left.kind !== 'untimed' && (
        <div
          className="countdown"
          data-testid="countdown"
          data-state={left.kind === 'over' ? 'over' : left.windUp ? 'wind-up' : 'left'}
        >
          <span className="presenter-label">
            {left.kind === 'over' ? T.presenter.overtime : T.presenter.remaining(targetMinutes ?? 0)}
          </span>
          <span className="big-time">{left.kind === 'over' ? `+${hhmmss(left.ms)}` : hhmmss(left.ms, 'up')}</span>
        </div>
      )}
      <div>
        <span className="presenter-label">{T.presenter.clock}</span>
        <span className="big-time" data-testid="clock">
          {new Date(timer.now).toLocaleTimeString('zh-CN', { hour12: false })}
        </span>
      </div>
    </div>
  );
}
