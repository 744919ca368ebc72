/** The site's stylesheet: readable on a phone (tables scroll sideways, nothing is wider than the screen), visible focus, contrast AA. */
export const CSS = `:root{color-scheme:light;--fg:#1b1f24;--muted:#4d5560;--line:#d0d7de;--bg:#fff;--head:#f3f5f7;--link:#0645ad;--ok:#116329;--bad:#a40e26;--warn:#7d4e00}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem;border-bottom:1px solid var(--line)}
header p{margin:.25rem 0 1rem;color:var(--muted)}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.2rem;margin:2rem 0 .5rem}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #1f6feb;outline-offset:2px}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
thead th{background:var(--head);white-space:nowrap}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
time,.sha{white-space:nowrap}
#registry td{white-space:nowrap}
#registry tbody th{min-width:8rem;max-width:20rem;overflow-wrap:anywhere}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85em;overflow-wrap:anywhere}
.filter{margin:1rem 0;display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
.filter input{font:inherit;padding:.3rem .5rem;min-width:16rem;max-width:100%}
.pass{color:var(--ok)}.fail,.error{color:var(--bad)}.warn,.overridden{color:var(--warn)}
.muted{color:var(--muted)}
figure{margin:1rem 0}
figcaption{font-weight:600}
svg.chart{width:100%;max-width:44rem;height:auto;border:1px solid var(--line);background:#fff}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.85rem;list-style:none;padding:0;margin:.25rem 0}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
select{font:inherit;max-width:100%}
.diff td:nth-child(2){color:var(--bad)}.diff td:nth-child(3){color:var(--ok)}
footer{margin-top:3rem;padding-bottom:2rem;color:var(--muted);font-size:.85rem}
`;

/**
 * The site's only script: sorting and filtering the registry table, and the diff of two
 * versions' manifests. It reads text with textContent and writes it the same way, so a value
 * from a manifest is never parsed as HTML.
 */
export const JS = `(function(){
"use strict";
var table=document.getElementById("registry");
if(table){
  var body=table.tBodies[0];
  var heads=table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads,function(th,col){
    var button=th.querySelector("button");
    if(!button)return;
    button.addEventListener("click",function(){
      var dir=th.getAttribute("aria-sort")==="ascending"?"descending":"ascending";
      Array.prototype.forEach.call(heads,function(h){h.removeAttribute("aria-sort");});
      th.setAttribute("aria-sort",dir);
      var numeric=th.getAttribute("data-type")==="number";
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[col].getAttribute("data-value")||a.cells[col].textContent;
        var y=b.cells[col].getAttribute("data-value")||b.cells[col].textContent;
        var c=numeric?(Number(x)-Number(y)):x.localeCompare(y);
        return dir==="ascending"?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
      var status=document.getElementById("sorted");
      if(status)status.textContent="Sorted by "+button.textContent+", "+dir+".";
    });
  });
  var input=document.getElementById("filter");
  if(input)input.addEventListener("input",function(){
    var q=input.value.trim().toLowerCase();
    var shown=0;
    Array.prototype.forEach.call(body.rows,function(r){
      var hit=!q||r.textContent.toLowerCase().indexOf(q)>=0;
      r.hidden=!hit;
      if(hit)shown++;
    });
    var count=document.getElementById("count");
    if(count)count.textContent=shown+" of "+body.rows.length+" shown";
  });
}
var data=document.getElementById("versions");
var a=document.getElementById("diff-a"),b=document.getElementById("diff-b"),out=document.getElementById("diff-out");
if(data&&a&&b&&out){
  var versions=JSON.parse(data.textContent);
  var flat=function(v,prefix,into){
    if(v!==null&&typeof v==="object"){
      var keys=Object.keys(v);
      if(keys.length===0)into[prefix||"(root)"]=Array.isArray(v)?"[]":"{}";
      keys.forEach(function(k){flat(v[k],prefix?prefix+(Array.isArray(v)?"["+k+"]":"."+k):(Array.isArray(v)?"["+k+"]":k),into);});
    }else into[prefix||"(root)"]=JSON.stringify(v);
    return into;
  };
  var show=function(){
    var x=flat(versions[a.selectedIndex].manifest,"",{}),y=flat(versions[b.selectedIndex].manifest,"",{});
    var keys=Object.keys(x).concat(Object.keys(y).filter(function(k){return !(k in x);})).sort();
    var tbody=out.tBodies[0];
    while(tbody.firstChild)tbody.removeChild(tbody.firstChild);
    keys.forEach(function(k){
      if(x[k]===y[k])return;
      var tr=tbody.insertRow();
      [k,k in x?x[k]:"(absent)",k in y?y[k]:"(absent)"].forEach(function(t){var td=tr.insertCell();td.textContent=t;});
    });
    var summary=document.getElementById("diff-summary");
    if(summary)summary.textContent=tbody.rows.length===0?"The two manifests are the same.":tbody.rows.length+" field"+(tbody.rows.length===1?"":"s")+" differ.";
  };
  a.addEventListener("change",show);
  b.addEventListener("change",show);
  show();
}
})();
`;
