"use client";
import { useEffect, useRef } from "react";
import { SURVEY_SCRIPT_URL } from "@/components/survey/assets";

/**
 * The admins' preview: the officers' page document (lib/surveys/pages.ts previewDocument) in a
 * phone-sized frame. The frame's document inherits this page's CSP, whose nonce a client-side
 * navigation to this page cannot know, so the page's one script is added from here: a script
 * created by a script is allowed by 'strict-dynamic'.
 */
export function SurveyPreviewFrame({ document, title }: { document: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    const iframe = frame.current;
    if (!iframe) return;
    const start = () => {
      const doc = iframe.contentDocument;
      // Before its srcdoc has loaded, the frame holds an empty document.
      if (!doc?.getElementById("page-data") || doc.getElementById("survey-script")) return;
      const script = doc.createElement("script");
      script.id = "survey-script";
      script.src = SURVEY_SCRIPT_URL;
      doc.body.appendChild(script);
    };
    start();
    iframe.addEventListener("load", start);
    return () => iframe.removeEventListener("load", start);
  }, [document]);
  return <iframe ref={frame} title={title} srcDoc={document} className="block h-[70vh] min-h-[560px] w-full" data-testid="survey-preview" />;
}
