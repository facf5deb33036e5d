/**
 * Strapi's product tour (English popovers over the content manager) is off: the panel is a clerk's workplace, not a
 * demo. The tour keeps its state in the browser; marking it switched off there is what its own «Skip» does.
 */
const TOUR_KEY = 'STRAPI_GUIDED_TOUR';

export function turnOffProductTour(): void {
  if (typeof window === 'undefined') return;
  try {
    const stored = JSON.parse(window.localStorage.getItem(TOUR_KEY) ?? 'null');
    if (stored && stored.enabled === false) return;
    window.localStorage.setItem(TOUR_KEY, JSON.stringify({ ...(stored && typeof stored === 'object' ? stored : {}), enabled: false }));
  } catch {
    window.localStorage.setItem(TOUR_KEY, JSON.stringify({ enabled: false }));
  }
}
