// When the page is printed, only this part is: an admin's code slips. Every element that neither
// is, contains nor sits inside it is left out (display: none, so no blank pages follow). An inline
// <style> (the CSP's style-src allows it) rather than print classes on layouts we do not own. The
// officer's receipt card uses the same rules from components/survey/survey.css.
const CSS = `@media print {
  body *:not([data-print-only]):not([data-print-only] *):not(:has([data-print-only])) { display: none !important; }
  body, body *:has([data-print-only]) { background: white !important; box-shadow: none !important; border-color: transparent; }
}`;

export function PrintOnly({ children }: { children: React.ReactNode }) {
  return (
    <div data-print-only="">
      <style>{CSS}</style>
      {children}
    </div>
  );
}
