export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly bounds: Bounds;
  readonly maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1180, height: 820 } as const;
const MIN_VISIBLE = 64;

function isBounds(value: unknown): value is Bounds {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof v[k] === 'number' && Number.isFinite(v[k]));
}

/**
 * The saved window state if it is well-formed and still shows at least a corner on one of the
 * current displays (a monitor may have been unplugged); otherwise null, and the window is centred.
 */
export function restorableState(saved: unknown, workAreas: readonly Bounds[]): WindowState | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { bounds, maximized } = saved as { bounds?: unknown; maximized?: unknown };
  if (!isBounds(bounds) || bounds.width < 400 || bounds.height < 300) return null;
  const visible = workAreas.some(
    (a) =>
      bounds.x + bounds.width - MIN_VISIBLE >= a.x &&
      bounds.x + MIN_VISIBLE <= a.x + a.width &&
      bounds.y >= a.y - MIN_VISIBLE / 2 &&
      bounds.y + MIN_VISIBLE <= a.y + a.height,
  );
  return visible ? { bounds, maximized: maximized === true } : null;
}
