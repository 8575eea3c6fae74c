"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False during server rendering and hydration, true once the chart runs in the browser. Charts
 * draw nothing on the server anyway (they need their box's width), but building a recharts tree
 * there still cost a tenth of the dashboard page's server time; the tables under each chart carry
 * the same figures for readers without JavaScript.
 */
export function useMounted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
