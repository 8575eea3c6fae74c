// Where the officer pages' own files are served. A module of its own, free of any rendering
// code: the staff preview (components/survey/PreviewFrame.tsx) needs the script's address, and
// nothing of the officer pages' components may reach a staff page's bundle.
export const SURVEY_SCRIPT_URL = "/survey/assets/survey.js";
export const SURVEY_STYLES_URL = "/survey/assets/survey.css";
/** The portal's own icon (public/icon.svg): without a link the browser asks for a missing /favicon.ico. */
export const SURVEY_ICON_URL = "/icon.svg";
