/** The pages' styles, from the Fluent 2 design tokens that setTheme puts on the page (Teams light, dark and high contrast). */
export const STYLES = `
:root { color-scheme: light; }
:root[data-theme='dark'], :root[data-theme='contrast'] { color-scheme: dark; }
body {
  margin: 0;
  background: var(--colorNeutralBackground1);
  color: var(--colorNeutralForeground1);
  font-family: var(--fontFamilyBase);
  font-size: var(--fontSizeBase300);
  line-height: var(--lineHeightBase300);
}
main { max-width: 1100px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: var(--fontSizeBase600); line-height: var(--lineHeightBase600); font-weight: var(--fontWeightSemibold); margin: 4px 0; }
h2 { font-size: var(--fontSizeBase400); line-height: var(--lineHeightBase400); font-weight: var(--fontWeightSemibold); margin: 28px 0 8px; }
.product { margin: 0; font-size: var(--fontSizeBase200); font-weight: var(--fontWeightSemibold); color: var(--colorNeutralForeground2); }
.subtle, .empty { color: var(--colorNeutralForeground2); }
a { color: var(--colorBrandForegroundLink); }
a:hover { color: var(--colorBrandForegroundLinkHover); }
a:focus-visible, select:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 2px; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; }
caption { text-align: left; font-weight: var(--fontWeightSemibold); padding: 4px 0; color: var(--colorNeutralForeground2); }
th, td { text-align: left; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--colorNeutralStroke2); }
th { font-weight: var(--fontWeightSemibold); }
.chart { position: relative; height: 360px; margin: 8px 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 16px 0; }
dl.facts dt { font-weight: var(--fontWeightSemibold); }
dl.facts dd { margin: 0; }
form.update { display: grid; gap: 6px; max-width: 560px; }
form.update label { font-weight: var(--fontWeightSemibold); margin-top: 8px; }
select, textarea, input {
  font: inherit;
  color: var(--colorNeutralForeground1);
  background: var(--colorNeutralBackground1);
  border: 1px solid var(--colorNeutralStroke1);
  border-bottom-color: var(--colorNeutralStrokeAccessible);
  border-radius: var(--borderRadiusMedium);
  padding: 6px 8px;
}
.buttons { margin-top: 12px; }
ol.history { list-style: none; padding: 0; }
ol.history li { border-bottom: 1px solid var(--colorNeutralStroke2); padding: 6px 0; }
ol.history p { margin: 2px 0; }
ol.history .who { font-weight: var(--fontWeightSemibold); }
fluent-message-bar { margin: 12px 0; }
.rag fluent-badge { margin-right: 4px; }
`;
