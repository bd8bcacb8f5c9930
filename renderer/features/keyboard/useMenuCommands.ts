import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/ipc/menuCommands';
import { onMenuCommand } from '../../glossMenu';

export type MenuHandlers = Partial<Record<MenuCommand, () => void>>;

/** Routes application-menu commands (Electron only) to the same actions the keys trigger. */
export function useMenuCommands(handlers: MenuHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => onMenuCommand((command) => latest.current[command]?.()), []);
}
