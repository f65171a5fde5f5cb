var Zq=Object.create;var Rf=Object.defineProperty;var Qq=Object.getOwnPropertyDescriptor;var eK=Object.getOwnPropertyNames;var tK=Object.getPrototypeOf,rK=Object.prototype.hasOwnProperty;var oK=(r,e,t)=>e in r?Rf(r,e,{enumerable:!0,configurable:!0,writable:!0,value:t}):r[e]=t;var I=(r,e,t)=>()=>{if(t)throw t[0];try{return r&&(e=r(r=0)),e}catch(o){throw t=[o],o}};var Kt=(r,e)=>()=>{try{return e||r((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}},nr=(r,e)=>{for(var t in e)Rf(r,t,{get:e[t],enumerable:!0})},nK=(r,e,t,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let n of eK(e))!rK.call(r,n)&&n!==t&&Rf(r,n,{get:()=>e[n],enumerable:!(o=Qq(e,n))||o.enumerable});return r};var Oc=(r,e,t)=>(t=r!=null?Zq(tK(r)):{},nK(e||!r||!r.__esModule?Rf(t,"default",{value:r,enumerable:!0}):t,r));var Ui=(r,e,t)=>oK(r,typeof e!="symbol"?e+"":e,t);function Kr(r){throw new Error(`'${r}' not yet implemented or not found in the registry. This kernel may not be supported by the tfjs backend you have chosen`)}var un,go,Ew=I(()=>{un=class{constructor(e,t){this.backend=e,this.dataMover=t,this.data=new WeakMap,this.dataIdsCount=0}get(e){return this.data.has(e)||this.dataMover.moveData(this.backend,e),this.data.get(e)}set(e,t){this.dataIdsCount++,this.data.set(e,t)}has(e){return this.data.has(e)}delete(e){return this.dataIdsCount--,this.data.delete(e)}numDataIds(){return this.dataIdsCount}},go=class{refCount(e){return Kr("refCount")}incRef(e){return Kr("incRef")}timerAvailable(){return!0}time(e){return Kr("time")}read(e){return Kr("read")}readSync(e){return Kr("readSync")}readToGPU(e,t){return Kr("readToGPU")}numDataIds(){return Kr("numDataIds")}disposeData(e,t){return Kr("disposeData")}write(e,t,o){return Kr("write")}move(e,t,o,n,s){return Kr("move")}createTensorFromGPUData(e,t,o){return Kr("createTensorFromGPUData")}memory(){return Kr("memory")}floatPrecision(){return Kr("floatPrecision")}epsilon(){return this.floatPrecision()===32?1e-7:1e-4}dispose(){return Kr("dispose")}}});function tk(r){let e=r.length,t=0;for(;e>0;)t=Math.random()*e|0,e--,Df(r,e,t)}function sK(r,e){if(r.length!==e.length)throw new Error(`Array sizes must match to be shuffled together First array length was ${r.length}Second array length was ${e.length}`);let t=r.length,o=0;for(;t>0;)o=Math.random()*t|0,t--,Df(r,t,o),Df(e,t,o)}function gl(r,e,t){return Math.max(r,Math.min(e,t))}function aK(r){return r%2===0?r:r+1}function Df(r,e,t){let o=r[e];r[e]=r[t],r[t]=o}function iK(r){let e=0;for(let t=0;t<r.length;t++)e+=r[t];return e}function cK(r,e){let t=Math.random();return e*t+(1-t)*r}function uK(r,e){let t=0;for(let o=0;o<r.length;o++){let n=Number(r[o])-Number(e[o]);t+=n*n}return t}function E(r,e){if(!r)throw new Error(typeof e=="string"?e:e())}function xt(r,e,t=""){E(Nr(r,e),()=>t+` Shapes ${r} and ${e} must match`)}function io(r){E(r!=null,()=>"The input to the tensor constructor must be a non-null value.")}function Ge(r){if(r.length===0)return 1;let e=r[0];for(let t=1;t<r.length;t++)e*=r[t];return e}function lK(r){return r.length===0}function $w(r,e){if(r===e)return!0;if(r==null||e==null||r.length!==e.length)return!1;for(let t=0;t<r.length;t++)if(r[t]!==null&&e[t]!==null&&r[t]!==e[t])return!1;return!0}function Nr(r,e){if(r===e)return!0;if(r==null||e==null||r.length!==e.length)return!1;for(let t=0;t<r.length;t++)if(r[t]!==e[t])return!1;return!0}function ya(r){return r%1===0}function pK(r){if(Math.tanh!=null)return Math.tanh(r);if(r===1/0)return 1;if(r===-1/0)return-1;{let e=Math.exp(2*r);return(e-1)/(e+1)}}function mK(r){let e=Math.ceil(Math.sqrt(r));return[e,Math.ceil(r/e)]}function fK(r){let e=new Uint32Array(r);for(let t=0;t<r;++t)e[t]=t;return tk(e),e}function Lc(r,e){return e<=r.length?r:r+" ".repeat(e-r.length)}function dK(r,e=n=>0,t,o){return new Promise((n,s)=>{let a=0,c=()=>{if(r()){n();return}a++;let u=e(a);if(t!=null&&a>=t){s();return}o!=null?o(c,u):setTimeout(c,u)};c()})}function hK(r,e){let t=1,o=-1;for(let s=0;s<r.length;++s)if(r[s]>=0)t*=r[s];else if(r[s]===-1){if(o!==-1)throw Error(`Shapes can only have 1 implicit size. Found -1 at dim ${o} and dim ${s}`);o=s}else if(r[s]<0)throw Error(`Shapes can not be < 0. Found ${r[s]} at dim ${s}`);if(o===-1){if(e>0&&e!==t)throw Error(`Size(${e}) must match the product of shape ${r}`);return r}if(t===0)throw Error(`Cannot infer the missing size in [${r}] when there are 0 elements`);if(e%t!==0)throw Error(`The implicit shape can't be a fractional number. Got ${e} / ${t}`);let n=r.slice();return n[o]=e/t,n}function zi(r,e){let t=e.length;return r=r==null?e.map((o,n)=>n):[].concat(r),E(r.every(o=>o>=-t&&o<t),()=>`All values in axis param must be in range [-${t}, ${t}) but got axis ${r}`),E(r.every(o=>ya(o)),()=>`All values in axis param must be integers but got axis ${r}`),r.map(o=>o<0?t+o:o)}function Aw(r,e){let t=[],o=[],n=e!=null&&Array.isArray(e)&&e.length===0,s=e==null||n?null:zi(e,r).sort(),a=0;for(let c=0;c<r.length;++c){if(s!=null){if(s[a]===c&&r[c]!==1)throw new Error(`Can't squeeze axis ${c} since its dim '${r[c]}' is not 1`);(s[a]==null||s[a]>c)&&r[c]===1&&(t.push(r[c]),o.push(c)),s[a]<=c&&a++}r[c]!==1&&(t.push(r[c]),o.push(c))}return{newShape:t,keptDims:o}}function Rw(r,e){return Ff(r,e)}function Ff(r,e){let t=null;if(r==null||r==="float32")t=new Float32Array(e);else if(r==="int32")t=new Int32Array(e);else if(r==="bool")t=new Uint8Array(e);else if(r==="string")t=new Array(e);else throw new Error(`Unknown data type ${r}`);return t}function Dw(r,e){for(let t=0;t<r.length;t++){let o=r[t];if(isNaN(o)||!isFinite(o))throw Error(`A tensor of type ${e} being uploaded contains ${o}.`)}}function Fw(r){return r==="bool"||r==="complex64"||r==="float32"||r==="int32"||r==="string"}function gK(r,e){return!(e==="complex64"||e==="float32"&&r!=="complex64"||e==="int32"&&r!=="float32"&&r!=="complex64"||e==="bool"&&r==="bool")}function xl(r){if(r==="float32"||r==="int32")return 4;if(r==="complex64")return 8;if(r==="bool")return 1;throw new Error(`Unknown dtype ${r}`)}function Mw(r){if(r==null)return 0;let e=0;return r.forEach(t=>e+=t.length),e}function Oo(r){return typeof r=="string"||r instanceof String}function rk(r){return typeof r=="boolean"}function ok(r){return typeof r=="number"}function Hi(r){return Array.isArray(r)?Hi(r[0]):r instanceof Float32Array?"float32":r instanceof Int32Array||r instanceof Uint8Array||r instanceof Uint8ClampedArray?"int32":ok(r)?"float32":Oo(r)?"string":rk(r)?"bool":"float32"}function ln(r){return!!(r&&r.constructor&&r.call&&r.apply)}function bl(r,e){for(let t=e;t<r;++t)if(r%t===0)return t;return r}function pn(r){let e=r.length;if(e<2)return[];let t=new Array(e-1);t[e-2]=r[e-1];for(let o=e-3;o>=0;--o)t[o]=t[o+1]*r[o+1];return t}function nk(r,e,t,o=!1){let n=new Array;if(e.length===1){let s=e[0]*(o?2:1);for(let a=0;a<s;a++)n[a]=t[r+a]}else{let s=e[0],a=e.slice(1),c=a.reduce((u,i)=>u*i)*(o?2:1);for(let u=0;u<s;u++)n[u]=nk(r+u*c,a,t,o)}return n}function Bc(r,e,t=!1){if(r.length===0)return e[0];let o=r.reduce((n,s)=>n*s)*(t?2:1);if(o===0)return[];if(o!==e.length)throw new Error(`[${r}] does not match the input size ${e.length}${t?" for a complex tensor":""}.`);return nk(0,r,e,t)}function xK(r,e){if(Array.isArray(r))return r;if(e==="float32")return r instanceof Float32Array?r:new Float32Array(r);if(e==="int32")return r instanceof Int32Array?r:new Int32Array(r);if(e==="bool"||e==="string")return Uint8Array.from(new Int32Array(r));throw new Error(`Unknown dtype ${e}`)}function Op(r,e){let t=yl(r,e);for(let o=0;o<t.length;o++)t[o]=1;return t}function yl(r,e){if(e==null||e==="float32"||e==="complex64")return new Float32Array(r);if(e==="int32")return new Int32Array(r);if(e==="bool")return new Uint8Array(r);throw new Error(`Unknown data type ${e}`)}function bK(r,e){let t=r.reduce((o,n)=>o*n,1);if(e==null||e==="float32")return Bc(r,new Float32Array(t));if(e==="int32")return Bc(r,new Int32Array(t));if(e==="bool")return Bc(r,new Uint8Array(t));throw new Error(`Unknown data type ${e}`)}function wt(r){r.forEach(e=>{E(Number.isInteger(e)&&e>=0,()=>`Tensor must have a shape comprised of positive integers but got shape [${r}].`)})}function yK(r,e,t){if(e===0)return 0;if(e===1)return r[0];let o=r[r.length-1];for(let n=0;n<r.length-1;++n)o+=t[n]*r[n];return o}function wK(r,e,t){if(e===0)return[];if(e===1)return[r];let o=new Array(e);for(let n=0;n<o.length-1;++n)o[n]=Math.floor(r/t[n]),r-=o[n]*t[n];return o[o.length-1]=r,o}function Wc(r){return r&&r.then&&typeof r.then=="function"}var Zt=I(()=>{});function IK(r){let e={};return r.replace(/[?&]([^=?&]+)(?:=([^&]*))?/g,(t,...o)=>(CK(e,o[0],o[1]),o.join("="))),e}function CK(r,e,t){r[decodeURIComponent(e)]=decodeURIComponent(t||"")}function SK(r,e){let t=e.toLowerCase();return t==="true"||t==="false"?t==="true":`${+t}`===t?+t:e}function P(){return Mf}function ak(r){Mf=r}var sk,wl,Mf,sr=I(()=>{Zt();sk="tfjsflags",wl=class{constructor(e){this.global=e,this.flags={},this.flagRegistry={},this.urlFlags={},this.getQueryParams=IK,this.populateURLFlags()}setPlatform(e,t){this.platform!=null&&(P().getBool("IS_TEST")||P().getBool("PROD")||console.warn(`Platform ${this.platformName} has already been set. Overwriting the platform with ${e}.`)),this.platformName=e,this.platform=t}registerFlag(e,t,o){if(this.flagRegistry[e]={evaluationFn:t,setHook:o},this.urlFlags[e]!=null){let n=this.urlFlags[e];P().getBool("IS_TEST")||P().getBool("PROD")||console.warn(`Setting feature override from URL ${e}: ${n}.`),this.set(e,n)}}async getAsync(e){return e in this.flags?this.flags[e]:(this.flags[e]=await this.evaluateFlag(e),this.flags[e])}get(e){if(e in this.flags)return this.flags[e];let t=this.evaluateFlag(e);if(Wc(t))throw new Error(`Flag ${e} cannot be synchronously evaluated. Please use getAsync() instead.`);return this.flags[e]=t,this.flags[e]}getNumber(e){return this.get(e)}getBool(e){return this.get(e)}getString(e){return this.get(e)}getFlags(){return this.flags}get features(){return this.flags}set(e,t){if(this.flagRegistry[e]==null)throw new Error(`Cannot set flag ${e} as it has not been registered.`);this.flags[e]=t,this.flagRegistry[e].setHook!=null&&this.flagRegistry[e].setHook(t)}evaluateFlag(e){if(this.flagRegistry[e]==null)throw new Error(`Cannot evaluate flag '${e}': no evaluation function found.`);return this.flagRegistry[e].evaluationFn()}setFlags(e){this.flags=Object.assign({},e)}reset(){this.flags={},this.urlFlags={},this.populateURLFlags()}populateURLFlags(){if(typeof this.global>"u"||typeof this.global.location>"u"||typeof this.global.location.search>"u")return;let e=this.getQueryParams(this.global.location.search);sk in e&&e[sk].split(",").forEach(o=>{let[n,s]=o.split(":");this.urlFlags[n]=SK(n,s)})}};Mf=null});function Ow(){if(Pw==null){let r;if(typeof window<"u")r=window;else if(typeof global<"u")r=global;else if(typeof process<"u")r=process;else if(typeof self<"u")r=self;else throw new Error("Could not find a global object");Pw=r}return Pw}function kK(){let r=Ow();return r._tfGlobals==null&&(r._tfGlobals=new Map),r._tfGlobals}function Bp(r,e){let t=kK();if(t.has(r))return t.get(r);{let o=e();return t.set(r,o),t.get(r)}}var Pw,Pf=I(()=>{});var wa,mn,fn,Bo,dn,va,Ia,Ca,Sa,hn,gn,xn,bn,yn,wn,Vc,ka,Gc,vn,_a,In,Cn,_K,Ta,Lo,Sn,Wo,Uc,zc,Na,kn,Hc,_n,Tn,qi,Nn,Ea,En,$n,An,Rn,$a,Dn,Fn,qc,Kc,Aa,Mn,jc,Xc,vl,Pn,Yc,Ra,Ki,Da,On,Fa,Ma,Bn,Il,Pa,Ln,Wn,Vn,Gn,Oa,Un,zn,Hn,Vo,Jc,Zc,qn,Kn,jn,Xn,Yn,Jn,Zn,Ba,Qn,es,ts,rs,Bw,TK,NK,La,ji,EK,Wa,os,ns,Qc,Va,eu,Ga,ss,Ua,as,is,za,cs,us,Xi,ls,ps,ms,fs,Ha,ds,qa,hs,$K,Ka,gs,xs,tu,ru,ou,ja,nu,bs,ys,Xa,ws,Yi,vs,Ji,Is,Cs,Ss,ks,_s,Ts,Ns,Ya,Es,Ja,Za,$s,As,Rs,Ds,Fs,Qa,ei,ti,Ms,ri,Ps,oi,ni,Os,Bs,su,Zi,Ls,si,ai,ii,ci,ui,Ws,xo,Vs,Gs,bo,li,pi,au,AK,mi,Go,Cl,Us,Uo,zo,Ho,Y=I(()=>{wa="Abs",mn="Acos",fn="Acosh",Bo="Add",dn="AddN",va="All",Ia="Any",Ca="ArgMax",Sa="ArgMin",hn="Asin",gn="Asinh",xn="Atan",bn="Atanh",yn="Atan2",wn="AvgPool",Vc="AvgPoolGrad",ka="AvgPool3D",Gc="AvgPool3DGrad",vn="BatchMatMul",_a="BatchToSpaceND",In="Bincount",Cn="BitwiseAnd",_K="BroadcastTo",Ta="BroadcastArgs",Lo="Cast",Sn="Ceil",Wo="ClipByValue",Uc="Complex",zc="ComplexAbs",Na="Concat",kn="Conv2D",Hc="Conv2DBackpropFilter",_n="Conv2DBackpropInput",Tn="Conv3D",qi="Conv3DBackpropFilterV2",Nn="Conv3DBackpropInputV2",Ea="Cos",En="Cosh",$n="Cumprod",An="Cumsum",Rn="CropAndResize",$a="DenseBincount",Dn="DepthToSpace",Fn="DepthwiseConv2dNative",qc="DepthwiseConv2dNativeBackpropFilter",Kc="DepthwiseConv2dNativeBackpropInput",Aa="Diag",Mn="Dilation2D",jc="Dilation2DBackpropInput",Xc="Dilation2DBackpropFilter",vl="Draw",Pn="RealDiv",Yc="Einsum",Ra="Elu",Ki="EluGrad",Da="Erf",On="Equal",Fa="Exp",Ma="ExpandDims",Bn="Expm1",Il="FFT",Pa="Fill",Ln="FlipLeftRight",Wn="Floor",Vn="FloorDiv",Gn="FusedBatchNorm",Oa="GatherV2",Un="GatherNd",zn="Greater",Hn="GreaterEqual",Vo="Identity",Jc="IFFT",Zc="Imag",qn="IsFinite",Kn="IsInf",jn="IsNan",Xn="LeakyRelu",Yn="Less",Jn="LessEqual",Zn="LinSpace",Ba="Log",Qn="Log1p",es="LogicalAnd",ts="LogicalNot",rs="LogicalOr",Bw="LogicalXor",TK="LogSoftmax",NK="LowerBound",La="LRN",ji="LRNGrad",EK="MatrixBandPart",Wa="Max",os="Maximum",ns="MaxPool",Qc="MaxPoolGrad",Va="MaxPool3D",eu="MaxPool3DGrad",Ga="MaxPoolWithArgmax",ss="Mean",Ua="Min",as="Minimum",is="MirrorPad",za="Mod",cs="Multinomial",us="Multiply",Xi="Neg",ls="NotEqual",ps="NonMaxSuppressionV3",ms="NonMaxSuppressionV4",fs="NonMaxSuppressionV5",Ha="OnesLike",ds="OneHot",qa="Pack",hs="PadV2",$K="Pool",Ka="Pow",gs="Prelu",xs="Prod",tu="RaggedGather",ru="RaggedRange",ou="RaggedTensorToTensor",ja="Range",nu="Real",bs="Reciprocal",ys="Relu",Xa="Reshape",ws="ResizeNearestNeighbor",Yi="ResizeNearestNeighborGrad",vs="ResizeBilinear",Ji="ResizeBilinearGrad",Is="Relu6",Cs="Reverse",Ss="Round",ks="Rsqrt",_s="ScatterNd",Ts="TensorScatterUpdate",Ns="SearchSorted",Ya="Select",Es="Selu",Ja="Slice",Za="Sin",$s="Sinh",As="Sign",Rs="Sigmoid",Ds="Softplus",Fs="Sqrt",Qa="Sum",ei="SpaceToBatchND",ti="SplitV",Ms="Softmax",ri="SparseFillEmptyRows",Ps="SparseReshape",oi="SparseSegmentMean",ni="SparseSegmentSum",Os="SparseToDense",Bs="SquaredDifference",su="Square",Zi="StaticRegexReplace",Ls="StridedSlice",si="StringNGrams",ai="StringSplit",ii="StringToHashBucketFast",ci="Sub",ui="Tan",Ws="Tanh",xo="Tile",Vs="TopK",Gs="Transform",bo="Transpose",li="Unique",pi="Unpack",au="UnsortedSegmentSum",AK="UpperBound",mi="ZerosLike",Go="Step",Cl="FromPixels",Us="RotateWithOffset",Uo="_FusedMatMul",zo="FusedConv2D",Ho="FusedDepthwiseConv2D"});function zs(...r){P().getBool("IS_TEST")||P().getBool("PROD")||console.warn(...r)}function RK(...r){P().getBool("IS_TEST")||P().getBool("PROD")||console.log(...r)}var Of=I(()=>{sr();});function iu(r,e){let t=Lw(r,e);return Sl.get(t)}function Bf(r){return Lp.get(r)}function Wp(r){let e=Sl.entries(),t=[];for(;;){let{done:o,value:n}=e.next();if(o)break;let[s,a]=n,[c]=s.split("_");c===r&&t.push(a)}return t}function Qi(r){let{kernelName:e,backendName:t}=r,o=Lw(e,t);Sl.has(o)&&zs(`The kernel '${e}' for backend '${t}' is already registered`),Sl.set(o,r)}function DK(r){let{kernelName:e}=r;Lp.has(e)&&P().getBool("DEBUG")&&zs(`Overriding the gradient for '${e}'`),Lp.set(e,r)}function FK(r,e){let t=Lw(r,e);if(!Sl.has(t))throw new Error(`The kernel '${r}' for backend '${e}' is not registered`);Sl.delete(t)}function MK(r){if(!Lp.has(r))throw new Error(`The gradient '${r}' for backend is not registered`);Lp.delete(r)}function PK(r,e){Wp(r).forEach(o=>{let n=Object.assign({},o,{backendName:e});Qi(n)})}function Lw(r,e){return`${e}_${r}`}var Sl,Lp,Lf=I(()=>{sr();Pf();Of();Sl=Bp("kernelRegistry",()=>new Map),Lp=Bp("gradRegistry",()=>new Map)});function Wf(r){return r instanceof Float32Array||r instanceof Int32Array||r instanceof Uint8Array||r instanceof Uint8ClampedArray}var Ww=I(()=>{});var bk=Kt((Yue,xk)=>{xk.exports=_t;var yo=null;try{yo=new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([0,97,115,109,1,0,0,0,1,13,2,96,0,1,127,96,4,127,127,127,127,1,127,3,7,6,0,1,1,1,1,1,6,6,1,127,1,65,0,11,7,50,6,3,109,117,108,0,1,5,100,105,118,95,115,0,2,5,100,105,118,95,117,0,3,5,114,101,109,95,115,0,4,5,114,101,109,95,117,0,5,8,103,101,116,95,104,105,103,104,0,0,10,191,1,6,4,0,35,0,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,126,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,127,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,128,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,129,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,130,34,4,66,32,135,167,36,0,32,4,167,11])),{}).exports}catch{}function _t(r,e,t){this.low=r|0,this.high=e|0,this.unsigned=!!t}_t.prototype.__isLong__;Object.defineProperty(_t.prototype,"__isLong__",{value:!0});function Xr(r){return(r&&r.__isLong__)===!0}_t.isLong=Xr;var ck={},uk={};function uu(r,e){var t,o,n;return e?(r>>>=0,(n=0<=r&&r<256)&&(o=uk[r],o)?o:(t=Tt(r,(r|0)<0?-1:0,!0),n&&(uk[r]=t),t)):(r|=0,(n=-128<=r&&r<128)&&(o=ck[r],o)?o:(t=Tt(r,r<0?-1:0,!1),n&&(ck[r]=t),t))}_t.fromInt=uu;function wo(r,e){if(isNaN(r))return e?cu:vo;if(e){if(r<0)return cu;if(r>=fk)return gk}else{if(r<=-pk)return jr;if(r+1>=pk)return hk}return r<0?wo(-r,e).neg():Tt(r%_l|0,r/_l|0,e)}_t.fromNumber=wo;function Tt(r,e,t){return new _t(r,e,t)}_t.fromBits=Tt;var Vf=Math.pow;function Gw(r,e,t){if(r.length===0)throw Error("empty string");if(r==="NaN"||r==="Infinity"||r==="+Infinity"||r==="-Infinity")return vo;if(typeof e=="number"?(t=e,e=!1):e=!!e,t=t||10,t<2||36<t)throw RangeError("radix");var o;if((o=r.indexOf("-"))>0)throw Error("interior hyphen");if(o===0)return Gw(r.substring(1),e,t).neg();for(var n=wo(Vf(t,8)),s=vo,a=0;a<r.length;a+=8){var c=Math.min(8,r.length-a),u=parseInt(r.substring(a,a+c),t);if(c<8){var i=wo(Vf(t,c));s=s.mul(i).add(wo(u))}else s=s.mul(n),s=s.add(wo(u))}return s.unsigned=e,s}_t.fromString=Gw;function qo(r,e){return typeof r=="number"?wo(r,e):typeof r=="string"?Gw(r,e):Tt(r.low,r.high,typeof e=="boolean"?e:r.unsigned)}_t.fromValue=qo;var lk=65536,OK=1<<24,_l=lk*lk,fk=_l*_l,pk=fk/2,mk=uu(OK),vo=uu(0);_t.ZERO=vo;var cu=uu(0,!0);_t.UZERO=cu;var kl=uu(1);_t.ONE=kl;var dk=uu(1,!0);_t.UONE=dk;var Vw=uu(-1);_t.NEG_ONE=Vw;var hk=Tt(-1,2147483647,!1);_t.MAX_VALUE=hk;var gk=Tt(-1,-1,!0);_t.MAX_UNSIGNED_VALUE=gk;var jr=Tt(0,-2147483648,!1);_t.MIN_VALUE=jr;var me=_t.prototype;me.toInt=function(){return this.unsigned?this.low>>>0:this.low};me.toNumber=function(){return this.unsigned?(this.high>>>0)*_l+(this.low>>>0):this.high*_l+(this.low>>>0)};me.toString=function(e){if(e=e||10,e<2||36<e)throw RangeError("radix");if(this.isZero())return"0";if(this.isNegative())if(this.eq(jr)){var t=wo(e),o=this.div(t),n=o.mul(t).sub(this);return o.toString(e)+n.toInt().toString(e)}else return"-"+this.neg().toString(e);for(var s=wo(Vf(e,6),this.unsigned),a=this,c="";;){var u=a.div(s),i=a.sub(u.mul(s)).toInt()>>>0,l=i.toString(e);if(a=u,a.isZero())return l+c;for(;l.length<6;)l="0"+l;c=""+l+c}};me.getHighBits=function(){return this.high};me.getHighBitsUnsigned=function(){return this.high>>>0};me.getLowBits=function(){return this.low};me.getLowBitsUnsigned=function(){return this.low>>>0};me.getNumBitsAbs=function(){if(this.isNegative())return this.eq(jr)?64:this.neg().getNumBitsAbs();for(var e=this.high!=0?this.high:this.low,t=31;t>0&&(e&1<<t)==0;t--);return this.high!=0?t+33:t+1};me.isZero=function(){return this.high===0&&this.low===0};me.eqz=me.isZero;me.isNegative=function(){return!this.unsigned&&this.high<0};me.isPositive=function(){return this.unsigned||this.high>=0};me.isOdd=function(){return(this.low&1)===1};me.isEven=function(){return(this.low&1)===0};me.equals=function(e){return Xr(e)||(e=qo(e)),this.unsigned!==e.unsigned&&this.high>>>31===1&&e.high>>>31===1?!1:this.high===e.high&&this.low===e.low};me.eq=me.equals;me.notEquals=function(e){return!this.eq(e)};me.neq=me.notEquals;me.ne=me.notEquals;me.lessThan=function(e){return this.comp(e)<0};me.lt=me.lessThan;me.lessThanOrEqual=function(e){return this.comp(e)<=0};me.lte=me.lessThanOrEqual;me.le=me.lessThanOrEqual;me.greaterThan=function(e){return this.comp(e)>0};me.gt=me.greaterThan;me.greaterThanOrEqual=function(e){return this.comp(e)>=0};me.gte=me.greaterThanOrEqual;me.ge=me.greaterThanOrEqual;me.compare=function(e){if(Xr(e)||(e=qo(e)),this.eq(e))return 0;var t=this.isNegative(),o=e.isNegative();return t&&!o?-1:!t&&o?1:this.unsigned?e.high>>>0>this.high>>>0||e.high===this.high&&e.low>>>0>this.low>>>0?-1:1:this.sub(e).isNegative()?-1:1};me.comp=me.compare;me.negate=function(){return!this.unsigned&&this.eq(jr)?jr:this.not().add(kl)};me.neg=me.negate;me.add=function(e){Xr(e)||(e=qo(e));var t=this.high>>>16,o=this.high&65535,n=this.low>>>16,s=this.low&65535,a=e.high>>>16,c=e.high&65535,u=e.low>>>16,i=e.low&65535,l=0,p=0,m=0,f=0;return f+=s+i,m+=f>>>16,f&=65535,m+=n+u,p+=m>>>16,m&=65535,p+=o+c,l+=p>>>16,p&=65535,l+=t+a,l&=65535,Tt(m<<16|f,l<<16|p,this.unsigned)};me.subtract=function(e){return Xr(e)||(e=qo(e)),this.add(e.neg())};me.sub=me.subtract;me.multiply=function(e){if(this.isZero())return vo;if(Xr(e)||(e=qo(e)),yo){var t=yo.mul(this.low,this.high,e.low,e.high);return Tt(t,yo.get_high(),this.unsigned)}if(e.isZero())return vo;if(this.eq(jr))return e.isOdd()?jr:vo;if(e.eq(jr))return this.isOdd()?jr:vo;if(this.isNegative())return e.isNegative()?this.neg().mul(e.neg()):this.neg().mul(e).neg();if(e.isNegative())return this.mul(e.neg()).neg();if(this.lt(mk)&&e.lt(mk))return wo(this.toNumber()*e.toNumber(),this.unsigned);var o=this.high>>>16,n=this.high&65535,s=this.low>>>16,a=this.low&65535,c=e.high>>>16,u=e.high&65535,i=e.low>>>16,l=e.low&65535,p=0,m=0,f=0,d=0;return d+=a*l,f+=d>>>16,d&=65535,f+=s*l,m+=f>>>16,f&=65535,f+=a*i,m+=f>>>16,f&=65535,m+=n*l,p+=m>>>16,m&=65535,m+=s*i,p+=m>>>16,m&=65535,m+=a*u,p+=m>>>16,m&=65535,p+=o*l+n*i+s*u+a*c,p&=65535,Tt(f<<16|d,p<<16|m,this.unsigned)};me.mul=me.multiply;me.divide=function(e){if(Xr(e)||(e=qo(e)),e.isZero())throw Error("division by zero");if(yo){if(!this.unsigned&&this.high===-2147483648&&e.low===-1&&e.high===-1)return this;var t=(this.unsigned?yo.div_u:yo.div_s)(this.low,this.high,e.low,e.high);return Tt(t,yo.get_high(),this.unsigned)}if(this.isZero())return this.unsigned?cu:vo;var o,n,s;if(this.unsigned){if(e.unsigned||(e=e.toUnsigned()),e.gt(this))return cu;if(e.gt(this.shru(1)))return dk;s=cu}else{if(this.eq(jr)){if(e.eq(kl)||e.eq(Vw))return jr;if(e.eq(jr))return kl;var a=this.shr(1);return o=a.div(e).shl(1),o.eq(vo)?e.isNegative()?kl:Vw:(n=this.sub(e.mul(o)),s=o.add(n.div(e)),s)}else if(e.eq(jr))return this.unsigned?cu:vo;if(this.isNegative())return e.isNegative()?this.neg().div(e.neg()):this.neg().div(e).neg();if(e.isNegative())return this.div(e.neg()).neg();s=vo}for(n=this;n.gte(e);){o=Math.max(1,Math.floor(n.toNumber()/e.toNumber()));for(var c=Math.ceil(Math.log(o)/Math.LN2),u=c<=48?1:Vf(2,c-48),i=wo(o),l=i.mul(e);l.isNegative()||l.gt(n);)o-=u,i=wo(o,this.unsigned),l=i.mul(e);i.isZero()&&(i=kl),s=s.add(i),n=n.sub(l)}return s};me.div=me.divide;me.modulo=function(e){if(Xr(e)||(e=qo(e)),yo){var t=(this.unsigned?yo.rem_u:yo.rem_s)(this.low,this.high,e.low,e.high);return Tt(t,yo.get_high(),this.unsigned)}return this.sub(this.div(e).mul(e))};me.mod=me.modulo;me.rem=me.modulo;me.not=function(){return Tt(~this.low,~this.high,this.unsigned)};me.and=function(e){return Xr(e)||(e=qo(e)),Tt(this.low&e.low,this.high&e.high,this.unsigned)};me.or=function(e){return Xr(e)||(e=qo(e)),Tt(this.low|e.low,this.high|e.high,this.unsigned)};me.xor=function(e){return Xr(e)||(e=qo(e)),Tt(this.low^e.low,this.high^e.high,this.unsigned)};me.shiftLeft=function(e){return Xr(e)&&(e=e.toInt()),(e&=63)===0?this:e<32?Tt(this.low<<e,this.high<<e|this.low>>>32-e,this.unsigned):Tt(0,this.low<<e-32,this.unsigned)};me.shl=me.shiftLeft;me.shiftRight=function(e){return Xr(e)&&(e=e.toInt()),(e&=63)===0?this:e<32?Tt(this.low>>>e|this.high<<32-e,this.high>>e,this.unsigned):Tt(this.high>>e-32,this.high>=0?0:-1,this.unsigned)};me.shr=me.shiftRight;me.shiftRightUnsigned=function(e){if(Xr(e)&&(e=e.toInt()),e&=63,e===0)return this;var t=this.high;if(e<32){var o=this.low;return Tt(o>>>e|t<<32-e,t>>>e,this.unsigned)}else return e===32?Tt(t,0,this.unsigned):Tt(t>>>e-32,0,this.unsigned)};me.shru=me.shiftRightUnsigned;me.shr_u=me.shiftRightUnsigned;me.toSigned=function(){return this.unsigned?Tt(this.low,this.high,!1):this};me.toUnsigned=function(){return this.unsigned?this:Tt(this.low,this.high,!0)};me.toBytes=function(e){return e?this.toBytesLE():this.toBytesBE()};me.toBytesLE=function(){var e=this.high,t=this.low;return[t&255,t>>>8&255,t>>>16&255,t>>>24,e&255,e>>>8&255,e>>>16&255,e>>>24]};me.toBytesBE=function(){var e=this.high,t=this.low;return[e>>>24,e>>>16&255,e>>>8&255,e&255,t>>>24,t>>>16&255,t>>>8&255,t&255]};_t.fromBytes=function(e,t,o){return o?_t.fromBytesLE(e,t):_t.fromBytesBE(e,t)};_t.fromBytesLE=function(e,t){return new _t(e[0]|e[1]<<8|e[2]<<16|e[3]<<24,e[4]|e[5]<<8|e[6]<<16|e[7]<<24,t)};_t.fromBytesBE=function(e,t){return new _t(e[4]<<24|e[5]<<16|e[6]<<8|e[7],e[0]<<24|e[1]<<16|e[2]<<8|e[3],t)}});function Vp(r){return pu.fromString(r,!0,16)}function Uw(r){return r.xor(r.shru(47))}function vk(r,e,t){let o=r.slice(e,e+t);return pu.fromBytes(Array.from(o),!0,!0)}function vt(r,e){return vk(r,e,8)}function yk(r,e){return vk(r,e,4)}function ar(r,e){return e===0?r:r.shru(e).or(r.shl(64-e))}function ec(r,e,t=Vp("9ddfea08eb382d69")){let o=r.xor(e).mul(t);o=o.xor(o.shru(47));let n=e.xor(o).mul(t);return n=n.xor(n.shru(47)),n=n.mul(t),n}function BK(r,e,t,o,n,s){n=n.add(r),s=ar(s.add(n).add(o),21);let a=n;return n=n.add(e),n=n.add(t),s=s.add(ar(n,44)),[n.add(o),s.add(a)]}function Gf(r,e,t,o){return BK(vt(r,e),vt(r,e+8),vt(r,e+16),vt(r,e+24),t,o)}function LK(r,e=r.length){if(e>=8){let t=Er.add(e*2),o=vt(r,0).add(Er),n=vt(r,e-8),s=ar(n,37).mul(t).add(o),a=ar(o,25).add(n).mul(t);return ec(s,a,t)}if(e>=4){let t=Er.add(e*2),o=yk(r,0);return ec(o.shl(3).add(e),yk(r,e-4),t)}if(e>0){let t=r[0],o=r[e>>1],n=r[e-1],s=t+(o<<8),a=e+(n<<2);return Uw(Er.mul(s).xor(wk.mul(a))).mul(Er)}return Er}function WK(r,e=r.length){let t=Er.add(e*2),o=vt(r,0).mul(lu),n=vt(r,8),s=vt(r,e-8).mul(t),a=vt(r,e-16).mul(Er);return ec(ar(o.add(n),43).add(ar(s,30)).add(a),o.add(ar(n.add(Er),18)).add(s),t)}function VK(r,e=r.length){let t=Er.add(e*2),o=vt(r,0).mul(Er),n=vt(r,8),s=vt(r,e-8).mul(t),a=vt(r,e-16).mul(Er),c=ar(o.add(n),43).add(ar(s,30)).add(a),u=ec(c,o.add(ar(n.add(Er),18)).add(s),t),i=vt(r,16).mul(t),l=vt(r,24),p=c.add(vt(r,e-32)).mul(t),m=u.add(vt(r,e-24)).mul(t);return ec(ar(i.add(l),43).add(ar(p,30)).add(m),i.add(ar(l.add(o),18)).add(p),t)}function GK(r,e=r.length){let t=pu.fromNumber(81,!0);if(e<=32)return e<=16?LK(r,e):WK(r,e);if(e<=64)return VK(r,e);let o=t,n=t.mul(lu).add(113),s=Uw(n.mul(Er).add(113)).mul(Er),a=[pu.UZERO,pu.UZERO],c=[pu.UZERO,pu.UZERO];o=o.mul(Er).add(vt(r,0));let u=0,i=(e-1>>6)*64,l=i+(e-1&63)-63;do o=ar(o.add(n).add(a[0]).add(vt(r,u+8)),37).mul(lu),n=ar(n.add(a[1]).add(vt(r,u+48)),42).mul(lu),o=o.xor(c[1]),n=n.add(a[0]).add(vt(r,u+40)),s=ar(s.add(c[0]),33).mul(lu),a=Gf(r,u,a[1].mul(lu),o.add(c[0])),c=Gf(r,u+32,s.add(c[1]),n.add(vt(r,u+16))),[s,o]=[o,s],u+=64;while(u!==i);let p=lu.add(s.and(255).shl(1));return u=l,c[0]=c[0].add(e-1&63),a[0]=a[0].add(c[0]),c[0]=c[0].add(a[0]),o=ar(o.add(n).add(a[0]).add(vt(r,u+8)),37).mul(p),n=ar(n.add(a[1]).add(vt(r,u+48)),42).mul(p),o=o.xor(c[1].mul(9)),n=n.add(a[0].mul(9).add(vt(r,u+40))),s=ar(s.add(c[0]),33).mul(p),a=Gf(r,u,a[1].mul(p),o.add(c[0])),c=Gf(r,u+32,s.add(c[1]),n.add(vt(r,u+16))),[s,o]=[o,s],ec(ec(a[0],c[0],p).add(Uw(n).mul(wk)).add(s),ec(a[1],c[1],p).add(o),p)}var zw,pu,wk,lu,Er,Ik=I(()=>{zw=Oc(bk());pu=zw.default||zw;wk=Vp("c3a5c85c97cb3127"),lu=Vp("b492b66fbe98f273"),Er=Vp("9ae16a3b2f90404f")});var b={};nr(b,{arraysEqual:()=>Nr,arraysEqualWithNull:()=>$w,assert:()=>E,assertNonNegativeIntegerDimensions:()=>wt,assertNonNull:()=>io,assertShapesMatch:()=>xt,bytesFromStringArray:()=>Mw,bytesPerElement:()=>xl,checkConversionForErrors:()=>Dw,clamp:()=>gl,computeStrides:()=>pn,convertBackendValuesAndArrayBuffer:()=>xK,createScalarValue:()=>UK,createShuffledIndices:()=>fK,decodeString:()=>Nl,distSquared:()=>uK,encodeString:()=>tc,fetch:()=>HK,fingerPrint64:()=>GK,flatten:()=>Ko,getArrayFromDType:()=>Ff,getTypedArrayFromDType:()=>Rw,hasEncodingLoss:()=>gK,hexToLong:()=>Vp,indexToLoc:()=>wK,inferDtype:()=>Hi,inferFromImplicitShape:()=>hK,isBoolean:()=>rk,isFunction:()=>ln,isInt:()=>ya,isNumber:()=>ok,isPromise:()=>Wc,isScalarShape:()=>lK,isString:()=>Oo,isTypedArray:()=>Mt,isValidDtype:()=>Fw,locToIndex:()=>yK,makeOnesTypedArray:()=>Op,makeZerosNestedTypedArray:()=>bK,makeZerosTypedArray:()=>yl,nearestDivisor:()=>bl,nearestLargerEven:()=>aK,now:()=>mu,parseAxisParam:()=>zi,randUniform:()=>cK,repeatedTry:()=>dK,rightPad:()=>Lc,shuffle:()=>tk,shuffleCombo:()=>sK,sizeFromShape:()=>Ge,sizeToSquarishShape:()=>mK,squeezeShape:()=>Aw,sum:()=>iK,swap:()=>Df,tanh:()=>pK,toNestedArray:()=>Bc,toTypedArray:()=>Tl});function UK(r,e){return e==="string"?tc(r):Tl([r],e)}function zK(r,e){return r instanceof Float32Array&&e==="float32"||r instanceof Int32Array&&e==="int32"||r instanceof Uint8Array&&e==="bool"}function Tl(r,e){if(e==="string")throw new Error("Cannot convert a string[] to a TypedArray");if(Array.isArray(r)&&(r=Ko(r)),P().getBool("DEBUG")&&Dw(r,e),zK(r,e))return r;if(e==null||e==="float32"||e==="complex64")return new Float32Array(r);if(e==="int32")return new Int32Array(r);if(e==="bool"){let t=new Uint8Array(r.length);for(let o=0;o<t.length;++o)Math.round(r[o])!==0&&(t[o]=1);return t}else throw new Error(`Unknown data type ${e}`)}function mu(){return P().platform.now()}function HK(r,e){return P().platform.fetch(r,e)}function tc(r,e="utf-8"){return e=e||"utf-8",P().platform.encode(r,e)}function Nl(r,e="utf-8"){return e=e||"utf-8",P().platform.decode(r,e)}function Mt(r){return P().platform.isTypedArray!=null?P().platform.isTypedArray(r):Wf(r)}function Ko(r,e=[],t=!1){if(e==null&&(e=[]),typeof r=="boolean"||typeof r=="number"||typeof r=="string"||Wc(r)||r==null||Mt(r)&&t)e.push(r);else if(Array.isArray(r)||Mt(r))for(let o=0;o<r.length;++o)Ko(r[o],e,t);else{let o=-1;for(let n of Object.keys(r))/^([1-9]+[0-9]*|0)$/.test(n)&&(o=Math.max(o,Number(n)));for(let n=0;n<=o;n++)Ko(r[n],e,t)}return e}var Z=I(()=>{sr();Ww();Zt();Zt();Ik();});function qK(r,e,t){if(e!=="float32")return!1;for(let o=0;o<r.length;o++){let n=r[o];if(isNaN(n)||!isFinite(n))return console.warn(`Found ${n} in the result of '${t}'`),!0}return!1}var Uf,Hw,Ck=I(()=>{sr();Z();Uf=class{constructor(e,t){this.backendTimer=e,this.logger=t,t==null&&(this.logger=new Hw)}profileKernel(e,t,o){let n,s=()=>{n=o()},a,c=mu();if(this.backendTimer.timerAvailable())a=this.backendTimer.time(s);else{s();for(let i of n)i.dataSync();a=Promise.resolve({kernelMs:mu()-c})}if(P().getBool("CHECK_COMPUTATION_FOR_ERRORS"))for(let i=0;i<n.length;i++){let l=n[i];l.data().then(p=>{qK(p,l.dtype,e)})}return{kernelName:e,outputs:n,inputs:t,timeMs:a.then(i=>i.kernelMs),extraInfo:a.then(i=>i.getExtraProfileInfo!=null?i.getExtraProfileInfo():"")}}logKernelProfile(e){let{kernelName:t,outputs:o,timeMs:n,inputs:s,extraInfo:a}=e;o.forEach(c=>{Promise.all([c.data(),n,a]).then(u=>{this.logger.logKernelProfile(t,c,u[0],u[1],s,u[2])})})}};Hw=class{logKernelProfile(e,t,o,n,s,a){let c=typeof n=="number"?Lc(`${n}ms`,9):n.error,u=Lc(e,25),i=t.rank,l=t.size,p=Lc(t.shape.toString(),14),m="";for(let f in s){let d=s[f];if(d!=null){let h=d.shape||t.shape,g=h.length;m+=`${f}: ${g}D ${g>0?h:""} `}}console.log(`%c${u}	%c${c}	%c${i}D ${p}	%c${l}	%c${m}	%c${a}`,"font-weight:bold","color:red","color:blue","color: orange","color: green","color: steelblue")}}});function Sk(r,e,t){let o={},n={};for(let u=0;u<e.length;u++)o[e[u].id]=!0;for(let u=0;u<r.length;u++){let i=r[u],l=i.inputs;for(let p in l){let m=l[p],f=!1;for(let d=0;d<e.length;d++)if(o[m.id]){i.outputs.forEach(h=>o[h.id]=!0),f=!0,n[i.id]=!0;break}if(f)break}}let s={};s[t.id]=!0;let a={};for(let u=r.length-1;u>=0;u--){let i=r[u],l=i.inputs;for(let p=0;p<i.outputs.length;p++)if(s[i.outputs[p].id]){for(let m in l)s[l[m].id]=!0,a[i.id]=!0;break}}let c=[];for(let u=0;u<r.length;u++){let i=r[u];if(n[i.id]&&a[i.id]){let l={};for(let m in i.inputs){let f=i.inputs[m];o[f.id]&&(l[m]=f)}let p=Object.assign({},i);p.inputs=l,p.outputs=i.outputs,c.push(p)}}return c}function kk(r,e,t,o){for(let n=e.length-1;n>=0;n--){let s=e[n],a=[];if(s.outputs.forEach(u=>{let i=r[u.id];i!=null?a.push(i):a.push(null)}),s.gradient==null)throw new Error(`Cannot compute gradient: gradient function not found for ${s.kernelName}.`);let c=s.gradient(a);for(let u in s.inputs){if(!(u in c))throw new Error(`Cannot backprop through input ${u}. Available gradients found: ${Object.keys(c)}.`);let i=t(()=>c[u]());if(i.dtype!=="float32")throw new Error(`Error in gradient for op ${s.kernelName}. The gradient of input ${u} must have 'float32' dtype, but has '${i.dtype}'`);let l=s.inputs[u];if(!Nr(i.shape,l.shape))throw new Error(`Error in gradient for op ${s.kernelName}. The gradient of input '${u}' has shape '${i.shape}', which does not match the shape of the input '${l.shape}'`);if(r[l.id]==null)r[l.id]=i;else{let p=r[l.id];r[l.id]=o(p,i),p.dispose()}}}}var _k=I(()=>{Z();});function Nk(r,e,t,o){let n=pn(e),s=KK(r,e,t,n),a=e.length,c=zf(r,e,t,n,s),u=["Tensor"];return o&&(u.push(`  dtype: ${t}`),u.push(`  rank: ${a}`),u.push(`  shape: [${e}]`),u.push("  values:")),u.push(c.map(i=>"    "+i).join(`
`)),u.join(`
`)}function KK(r,e,t,o){let n=Ge(e),s=o[o.length-1],a=new Array(s).fill(0),c=e.length,u=t==="complex64"?zp(r):r;if(c>1)for(let i=0;i<n/s;i++){let l=i*s;for(let p=0;p<s;p++)a[p]=Math.max(a[p],Up(u[l+p],0,t).length)}return a}function Up(r,e,t){let o;return Array.isArray(r)?o=`${parseFloat(r[0].toFixed(qw))} + ${parseFloat(r[1].toFixed(qw))}j`:Oo(r)?o=`'${r}'`:t==="bool"?o=Ek(r):o=parseFloat(r.toFixed(qw)).toString(),Lc(o,e)}function Ek(r){return r===0?"false":"true"}function zf(r,e,t,o,n,s=!0){let a=t==="complex64"?2:1,c=e[0],u=e.length;if(u===0){if(t==="complex64"){let h=zp(r);return[Up(h[0],0,t)]}return t==="bool"?[Ek(r[0])]:[r[0].toString()]}if(u===1){if(c>Tk){let g=Gp*a,x=Array.from(r.slice(0,g)),y=Array.from(r.slice((c-Gp)*a,c*a));return t==="complex64"&&(x=zp(x),y=zp(y)),["["+x.map((w,C)=>Up(w,n[C],t)).join(", ")+", ..., "+y.map((w,C)=>Up(w,n[c-Gp+C],t)).join(", ")+"]"]}return["["+(t==="complex64"?zp(r):Array.from(r)).map((g,x)=>Up(g,n[x],t)).join(", ")+"]"]}let i=e.slice(1),l=o.slice(1),p=o[0]*a,m=[];if(c>Tk){for(let h=0;h<Gp;h++){let g=h*p,x=g+p;m.push(...zf(r.slice(g,x),i,t,l,n,!1))}m.push("...");for(let h=c-Gp;h<c;h++){let g=h*p,x=g+p;m.push(...zf(r.slice(g,x),i,t,l,n,h===c-1))}}else for(let h=0;h<c;h++){let g=h*p,x=g+p;m.push(...zf(r.slice(g,x),i,t,l,n,h===c-1))}let f=u===2?",":"";m[0]="["+(c>0?m[0]+f:"");for(let h=1;h<m.length-1;h++)m[h]=" "+m[h]+f;let d=`,
`;for(let h=2;h<u;h++)d+=`
`;return m[m.length-1]=" "+m[m.length-1]+"]"+(s?"":d),m}function zp(r){let e=[];for(let t=0;t<r.length;t+=2)e.push([r[t],r[t+1]]);return e}var Tk,Gp,qw,$k=I(()=>{Z();Tk=20,Gp=3,qw=7});function Ak(r){jo=r}function Rk(r){El=r}function Dk(r){jK=r}function Kw(){return Bp("Tensor",()=>mt)}var Qe,jo,El,jK,mt,Hs,co=I(()=>{Pf();$k();Z();Z();Qe=class{constructor(e,t,o){if(this.dtype=t,this.shape=e.slice(),this.size=Ge(e),o!=null){let n=o.length;E(n===this.size,()=>`Length of values '${n}' does not match the size inferred by the shape '${this.size}'.`)}if(t==="complex64")throw new Error("complex64 dtype TensorBuffers are not supported. Please create a TensorBuffer for the real and imaginary parts separately and call tf.complex(real, imag).");this.values=o||Ff(t,this.size),this.strides=pn(e)}set(e,...t){t.length===0&&(t=[0]),E(t.length===this.rank,()=>`The number of provided coordinates (${t.length}) must match the rank (${this.rank})`);let o=this.locToIndex(t);this.values[o]=e}get(...e){e.length===0&&(e=[0]);let t=0;for(let n of e){if(n<0||n>=this.shape[t]){let s=`Requested out of range element at ${e}.   Buffer shape=${this.shape}`;throw new Error(s)}t++}let o=e[e.length-1];for(let n=0;n<e.length-1;++n)o+=this.strides[n]*e[n];return this.values[o]}locToIndex(e){if(this.rank===0)return 0;if(this.rank===1)return e[0];let t=e[e.length-1];for(let o=0;o<e.length-1;++o)t+=this.strides[o]*e[o];return t}indexToLoc(e){if(this.rank===0)return[];if(this.rank===1)return[e];let t=new Array(this.shape.length);for(let o=0;o<t.length-1;++o)t[o]=Math.floor(e/this.strides[o]),e-=t[o]*this.strides[o];return t[t.length-1]=e,t}get rank(){return this.shape.length}toTensor(){return jo().makeTensor(this.values,this.shape,this.dtype)}},jo=null,El=null,jK=null;mt=class{constructor(e,t,o,n){this.kept=!1,this.isDisposedInternal=!1,this.shape=e.slice(),this.dtype=t||"float32",this.size=Ge(e),this.strides=pn(e),this.dataId=o,this.id=n,this.rankType=this.rank<5?this.rank.toString():"higher"}get rank(){return this.shape.length}async buffer(){let e=await this.data();return El.buffer(this.shape,this.dtype,e)}bufferSync(){return El.buffer(this.shape,this.dtype,this.dataSync())}async array(){let e=await this.data();return Bc(this.shape,e,this.dtype==="complex64")}arraySync(){return Bc(this.shape,this.dataSync(),this.dtype==="complex64")}async data(){this.throwIfDisposed();let e=jo().read(this.dataId);if(this.dtype==="string"){let t=await e;try{return t.map(o=>Nl(o))}catch{throw new Error("Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().")}}return e}dataToGPU(e){return this.throwIfDisposed(),jo().readToGPU(this.dataId,e)}dataSync(){this.throwIfDisposed();let e=jo().readSync(this.dataId);if(this.dtype==="string")try{return e.map(t=>Nl(t))}catch{throw new Error("Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().")}return e}async bytes(){this.throwIfDisposed();let e=await jo().read(this.dataId);return this.dtype==="string"?e:new Uint8Array(e.buffer)}dispose(){this.isDisposed||(this.kerasMask&&this.kerasMask.dispose(),jo().disposeTensor(this),this.isDisposedInternal=!0)}get isDisposed(){return this.isDisposedInternal}throwIfDisposed(){if(this.isDisposed)throw new Error("Tensor is disposed.")}print(e=!1){return El.print(this,e)}clone(){return this.throwIfDisposed(),El.clone(this)}toString(e=!1){let t=this.dataSync();return Nk(t,this.shape,this.dtype,e)}cast(e){return this.throwIfDisposed(),El.cast(this,e)}variable(e=!0,t,o){return this.throwIfDisposed(),jo().makeVariable(this,e,t,o)}};Object.defineProperty(mt,Symbol.hasInstance,{value:r=>!!r&&r.data!=null&&r.dataSync!=null&&r.throwIfDisposed!=null});Kw();Hs=class extends mt{constructor(e,t,o,n){super(e.shape,e.dtype,e.dataId,n),this.trainable=t,this.name=o}assign(e){if(e.dtype!==this.dtype)throw new Error(`dtype of the new value (${e.dtype}) and previous value (${this.dtype}) must match`);if(!Nr(e.shape,this.shape))throw new Error(`shape of the new value (${e.shape}) and previous value (${this.shape}) must match`);jo().disposeTensor(this),this.dataId=e.dataId,jo().incRef(this,null)}dispose(){jo().disposeVariable(this),this.isDisposedInternal=!0}};Object.defineProperty(Hs,Symbol.hasInstance,{value:r=>r instanceof mt&&r.assign!=null&&r.assign instanceof Function})});function Pt(r,e){if(r==="string"||e==="string"){if(r==="string"&&e==="string")return"string";throw new Error(`Can not upcast ${r} with ${e}`)}return XK[r][e]}function rc(r){return Pt(r,"int32")}function qf(r){return r!=null&&typeof r=="object"&&"texture"in r&&r.texture instanceof WebGLTexture}function Kf(r){return typeof GPUBuffer<"u"&&r!=null&&typeof r=="object"&&"buffer"in r&&r.buffer instanceof GPUBuffer}var Hf,jw,Xw,Yw,Jw,XK,$l=I(()=>{(function(r){r.R0="R0",r.R1="R1",r.R2="R2",r.R3="R3",r.R4="R4",r.R5="R5",r.R6="R6"})(Hf||(Hf={}));(function(r){r.float32="float32",r.int32="int32",r.bool="int32",r.complex64="complex64"})(jw||(jw={}));(function(r){r.float32="float32",r.int32="int32",r.bool="bool",r.complex64="complex64"})(Xw||(Xw={}));(function(r){r.float32="float32",r.int32="float32",r.bool="float32",r.complex64="complex64"})(Yw||(Yw={}));(function(r){r.float32="complex64",r.int32="complex64",r.bool="complex64",r.complex64="complex64"})(Jw||(Jw={}));XK={float32:Yw,int32:jw,bool:Xw,complex64:Jw}});var Qw={};nr(Qw,{assertTypesMatch:()=>Zw,getTensorsInContainer:()=>Hp,isTensorInList:()=>YK,makeTypesMatch:()=>Oe});function Oe(r,e){if(r.dtype===e.dtype)return[r,e];let t=Pt(r.dtype,e.dtype);return[r.cast(t),e.cast(t)]}function Zw(r,e){E(r.dtype===e.dtype,()=>`The dtypes of the first(${r.dtype}) and second(${e.dtype}) input must match`)}function YK(r,e){return e.some(t=>t.id===r.id)}function Hp(r){let e=[];return Fk(r,e,new Set),e}function Fk(r,e,t){if(r==null)return;if(r instanceof mt){e.push(r);return}if(!JK(r))return;let o=r;for(let n in o){let s=o[n];t.has(s)||(t.add(s),Fk(s,e,t))}}function JK(r){return Array.isArray(r)||typeof r=="object"}var It=I(()=>{co();$l();Z();});function ev(r){return r.kernelName!=null}function ZK(r){let e=Op(Ge(r),"float32");return N.makeTensor(e,r,"float32")}function tv(){let r=Ow();if(r._tfengine==null){let e=new wl(r);r._tfengine=new qp(e)}return ak(r._tfengine.ENV),Ak(()=>r._tfengine),r._tfengine}function QK(r,e){let t={a:r,b:e};return N.runKernel("Add",t)}var jf,qp,N,V=I(()=>{Ew();sr();Pf();Y();Lf();Of();Ck();_k();co();It();Z();Z();jf=class{constructor(){this.registeredVariables={},this.nextTapeNodeId=0,this.numBytes=0,this.numTensors=0,this.numStringTensors=0,this.numDataBuffers=0,this.gradientDepth=0,this.kernelDepth=0,this.scopeStack=[],this.numDataMovesStack=[],this.nextScopeId=0,this.tensorInfo=new WeakMap,this.profiling=!1,this.activeProfile={newBytes:0,newTensors:0,peakBytes:0,kernels:[],result:null,get kernelNames(){return Array.from(new Set(this.kernels.map(e=>e.name)))}}}dispose(){for(let e in this.registeredVariables)this.registeredVariables[e].dispose()}},qp=class r{constructor(e){this.ENV=e,this.registry={},this.registryFactory={},this.pendingBackendInitId=0,this.state=new jf}async ready(){if(this.pendingBackendInit!=null)return this.pendingBackendInit.then(()=>{});if(this.backendInstance!=null)return;let e=this.getSortedBackends();for(let t=0;t<e.length;t++){let o=e[t];if(await this.initializeBackend(o).success){await this.setBackend(o);return}}throw new Error("Could not initialize any backends, all backend initializations failed.")}get backend(){if(this.pendingBackendInit!=null)throw new Error(`Backend '${this.backendName}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`);if(this.backendInstance==null){let{name:e,asyncInit:t}=this.initializeBackendsAndReturnBest();if(t)throw new Error(`The highest priority backend '${e}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`);this.setBackend(e)}return this.backendInstance}backendNames(){return Object.keys(this.registryFactory)}findBackend(e){if(!(e in this.registry))if(e in this.registryFactory){let{asyncInit:t}=this.initializeBackend(e);if(t)return null}else return null;return this.registry[e]}findBackendFactory(e){return e in this.registryFactory?this.registryFactory[e].factory:null}registerBackend(e,t,o=1){return e in this.registryFactory?(zs(`${e} backend was already registered. Reusing existing backend factory.`),!1):(this.registryFactory[e]={factory:t,priority:o},!0)}async setBackend(e){if(this.registryFactory[e]==null)throw new Error(`Backend name '${e}' not found in registry`);if(this.backendName=e,this.registry[e]==null){this.backendInstance=null;let{success:t,asyncInit:o}=this.initializeBackend(e);if(!(o?await t:t))return!1}return this.backendInstance=this.registry[e],this.setupRegisteredKernels(),this.profiler=new Uf(this.backendInstance),!0}setupRegisteredKernels(){Wp(this.backendName).forEach(t=>{t.setupFunc!=null&&t.setupFunc(this.backendInstance)})}disposeRegisteredKernels(e){Wp(e).forEach(o=>{o.disposeFunc!=null&&o.disposeFunc(this.registry[e])})}initializeBackend(e){let t=this.registryFactory[e];if(t==null)throw new Error(`Cannot initialize backend ${e}, no registration found.`);try{let o=t.factory();if(o&&!(o instanceof go)&&typeof o.then=="function"){let n=++this.pendingBackendInitId,s=o.then(a=>n<this.pendingBackendInitId?!1:(this.registry[e]=a,this.pendingBackendInit=null,!0)).catch(a=>(n<this.pendingBackendInitId||(this.pendingBackendInit=null,zs(`Initialization of backend ${e} failed`),zs(a.stack||a.message)),!1));return this.pendingBackendInit=s,{success:s,asyncInit:!0}}else return this.registry[e]=o,{success:!0,asyncInit:!1}}catch(o){return zs(`Initialization of backend ${e} failed`),zs(o.stack||o.message),{success:!1,asyncInit:!1}}}removeBackend(e){if(!(e in this.registryFactory))throw new Error(`${e} backend not found in registry`);this.backendName===e&&this.pendingBackendInit!=null&&this.pendingBackendInitId++,e in this.registry&&(this.disposeRegisteredKernels(e),this.registry[e].dispose(),delete this.registry[e]),delete this.registryFactory[e],this.backendName===e&&(this.pendingBackendInit=null,this.backendName=null,this.backendInstance=null)}getSortedBackends(){if(Object.keys(this.registryFactory).length===0)throw new Error("No backend found in registry.");return Object.keys(this.registryFactory).sort((e,t)=>this.registryFactory[t].priority-this.registryFactory[e].priority)}initializeBackendsAndReturnBest(){let e=this.getSortedBackends();for(let t=0;t<e.length;t++){let o=e[t],{success:n,asyncInit:s}=this.initializeBackend(o);if(s||n)return{name:o,asyncInit:s}}throw new Error("Could not initialize any backends, all backend initializations failed.")}moveData(e,t){let o=this.state.tensorInfo.get(t),n=o.backend,s=this.readSync(t),a=n.refCount(t);n.disposeData(t,!0),o.backend=e,e.move(t,s,o.shape,o.dtype,a),this.shouldCheckForMemLeaks()&&this.state.numDataMovesStack[this.state.numDataMovesStack.length-1]++}tidy(e,t){let o=null;if(t==null){if(typeof e!="function")throw new Error("Please provide a function to tidy()");t=e}else{if(typeof e!="string"&&!(e instanceof String))throw new Error("When calling with two arguments, the first argument to tidy() must be a string");if(typeof t!="function")throw new Error("When calling with two arguments, the 2nd argument to tidy() must be a function");o=e}let n;return this.scopedRun(()=>this.startScope(o),()=>this.endScope(n),()=>(n=t(),n instanceof Promise&&console.error("Cannot return a Promise inside of tidy."),n))}scopedRun(e,t,o){e();try{let n=o();return t(),n}catch(n){throw t(),n}}nextTensorId(){return r.nextTensorId++}nextVariableId(){return r.nextVariableId++}clone(e){let t=N.runKernel(Vo,{x:e}),o={x:e},n=a=>({x:()=>{let c="float32",u={x:a},i={dtype:c};return N.runKernel(Lo,u,i)}}),s=[];return this.addTapeNode(this.state.activeScope.name,o,[t],n,s,{}),t}runKernel(e,t,o){if(this.backendName==null&&this.backend,!(iu(e,this.backendName)!=null))throw new Error(`Kernel '${e}' not registered for backend '${this.backendName}'`);return this.runKernelFunc({kernelName:e,inputs:t,attrs:o})}shouldCheckForMemLeaks(){return this.ENV.getBool("IS_TEST")}checkKernelForMemLeak(e,t,o){let n=this.backend.numDataIds(),s=0;o.forEach(u=>{s+=u.dtype==="complex64"?3:1});let a=this.state.numDataMovesStack[this.state.numDataMovesStack.length-1],c=n-t-s-a;if(c>0)throw new Error(`Backend '${this.backendName}' has an internal memory leak (${c} data ids) after running '${e}'`)}runKernelFunc(e){let t,o=[],n=this.isTapeOn(),s=this.state.numBytes,a=this.state.numTensors;this.shouldCheckForMemLeaks()&&this.state.numDataMovesStack.push(0);let c;this.backendName==null&&this.backend;let u,i=ev(e)?e.kernelName:this.state.activeScope!=null?this.state.activeScope.name:"";if(ev(e)){let{kernelName:d,inputs:h,attrs:g}=e;this.backendName==null&&this.backend;let x=iu(d,this.backendName);E(x!=null,()=>`Cannot find registered kernel '${d}' for backend '${this.backendName}'`),c=()=>{let y=this.backend.numDataIds();u=x.kernelFunc({inputs:h,attrs:g,backend:this.backend});let w=Array.isArray(u)?u:[u];this.shouldCheckForMemLeaks()&&this.checkKernelForMemLeak(d,y,w);let C=w.map(T=>T.rank!=null?T:this.makeTensorFromTensorInfo(T));if(n){let T=this.getTensorsForGradient(d,h,C);o=this.saveTensorsForBackwardMode(T)}return C}}else{let{forwardFunc:d}=e,h=g=>{n&&(o=g.map(x=>this.keep(this.clone(x))))};c=()=>{let g=this.backend.numDataIds();u=this.tidy(()=>d(this.backend,h));let x=Array.isArray(u)?u:[u];return this.shouldCheckForMemLeaks()&&this.checkKernelForMemLeak(i,g,x),x}}let{inputs:l,attrs:p}=e,m=ev(e)?null:e.backwardsFunc,f;return this.scopedRun(()=>this.state.kernelDepth++,()=>this.state.kernelDepth--,()=>{!this.ENV.getBool("DEBUG")&&!this.state.profiling?t=c():(f=this.profiler.profileKernel(i,l,()=>c()),this.ENV.getBool("DEBUG")&&this.profiler.logKernelProfile(f),t=f.outputs)}),n&&this.addTapeNode(i,l,t,m,o,p),this.state.profiling&&this.state.activeProfile.kernels.push({name:i,bytesAdded:this.state.numBytes-s,totalBytesSnapshot:this.state.numBytes,tensorsAdded:this.state.numTensors-a,totalTensorsSnapshot:this.state.numTensors,inputShapes:Object.keys(l).map(d=>l[d]!=null?l[d].shape:null),outputShapes:t.map(d=>d.shape),kernelTimeMs:f.timeMs,extraInfo:f.extraInfo}),Array.isArray(u)?t:t[0]}saveTensorsForBackwardMode(e){return e.map(o=>this.keep(this.clone(o)))}getTensorsForGradient(e,t,o){let n=Bf(e);if(n!=null){let s=n.inputsToSave||[],a=n.outputsToSave||[],c;n.saveAllInputs?(E(Array.isArray(t),()=>"saveAllInputs is true, expected inputs to be an array."),c=Object.keys(t).map(i=>t[i])):c=s.map(i=>t[i]);let u=o.filter((i,l)=>a[l]);return c.concat(u)}return[]}makeTensor(e,t,o,n){if(e==null)throw new Error("Values passed to engine.makeTensor() are null");o=o||"float32",n=n||this.backend;let s=e;o==="string"&&Oo(e[0])&&(s=e.map(u=>tc(u)));let a=n.write(s,t,o),c=new mt(t,o,a,this.nextTensorId());if(this.trackTensor(c,n),o==="string"){let u=this.state.tensorInfo.get(a),i=Mw(s);this.state.numBytes+=i-u.bytes,u.bytes=i}return c}makeTensorFromDataId(e,t,o,n){o=o||"float32";let s={dataId:e,shape:t,dtype:o};return this.makeTensorFromTensorInfo(s,n)}makeTensorFromTensorInfo(e,t){let{dataId:o,shape:n,dtype:s}=e,a=new mt(n,s,o,this.nextTensorId());return this.trackTensor(a,t),a}makeVariable(e,t=!0,o,n){o=o||this.nextVariableId().toString(),n!=null&&n!==e.dtype&&(e=e.cast(n));let s=new Hs(e,t,o,this.nextTensorId());if(this.state.registeredVariables[s.name]!=null)throw new Error(`Variable with name ${s.name} was already registered`);return this.state.registeredVariables[s.name]=s,this.incRef(s,this.backend),s}trackTensor(e,t){this.state.numTensors++,e.dtype==="string"&&this.state.numStringTensors++;let o=0;e.dtype!=="complex64"&&e.dtype!=="string"&&(o=e.size*xl(e.dtype)),this.state.numBytes+=o,this.state.tensorInfo.has(e.dataId)||(this.state.numDataBuffers++,this.state.tensorInfo.set(e.dataId,{backend:t||this.backend,dtype:e.dtype,shape:e.shape,bytes:o})),e instanceof Hs||this.track(e)}incRef(e,t){this.trackTensor(e,t),this.backend.incRef(e.dataId)}removeDataId(e,t){this.state.tensorInfo.has(e)&&this.state.tensorInfo.get(e).backend===t&&(this.state.tensorInfo.delete(e),this.state.numDataBuffers--)}disposeTensor(e){if(!this.state.tensorInfo.has(e.dataId))return;let t=this.state.tensorInfo.get(e.dataId);if(this.state.numTensors--,e.dtype==="string"&&(this.state.numStringTensors--,this.state.numBytes-=t.bytes),e.dtype!=="complex64"&&e.dtype!=="string"){let o=e.size*xl(e.dtype);this.state.numBytes-=o}t.backend.disposeData(e.dataId)&&this.removeDataId(e.dataId,t.backend)}disposeVariables(){for(let e in this.state.registeredVariables){let t=this.state.registeredVariables[e];this.disposeVariable(t)}}disposeVariable(e){this.disposeTensor(e),this.state.registeredVariables[e.name]!=null&&delete this.state.registeredVariables[e.name]}memory(){let e=this.backend.memory();return e.numTensors=this.state.numTensors,e.numDataBuffers=this.state.numDataBuffers,e.numBytes=this.state.numBytes,this.state.numStringTensors>0&&(e.unreliable=!0,e.reasons==null&&(e.reasons=[]),e.reasons.push("Memory usage by string tensors is approximate (2 bytes per character)")),e}async profile(e){this.state.profiling=!0;let t=this.state.numBytes,o=this.state.numTensors;this.state.activeProfile.kernels=[],this.state.activeProfile.result=await e(),this.state.profiling=!1,this.state.activeProfile.peakBytes=Math.max(...this.state.activeProfile.kernels.map(n=>n.totalBytesSnapshot)),this.state.activeProfile.newBytes=this.state.numBytes-t,this.state.activeProfile.newTensors=this.state.numTensors-o;for(let n of this.state.activeProfile.kernels)n.kernelTimeMs=await n.kernelTimeMs,n.extraInfo=await n.extraInfo;return this.state.activeProfile}isTapeOn(){return this.state.gradientDepth>0&&this.state.kernelDepth===0}addTapeNode(e,t,o,n,s,a){let c={id:this.state.nextTapeNodeId++,kernelName:e,inputs:t,outputs:o,saved:s},u=Bf(e);u!=null&&(n=u.gradFunc),n!=null&&(c.gradient=i=>(i=i.map((l,p)=>{if(l==null){let m=o[p],f=yl(m.size,m.dtype);return this.makeTensor(f,m.shape,m.dtype)}return l}),n(i.length>1?i:i[0],s,a))),this.state.activeTape.push(c)}keep(e){return e.kept=!0,e}startTape(){this.state.gradientDepth===0&&(this.state.activeTape=[]),this.state.gradientDepth++}endTape(){this.state.gradientDepth--}startScope(e){let t={track:[],name:"unnamed scope",id:this.state.nextScopeId++};e&&(t.name=e),this.state.scopeStack.push(t),this.state.activeScope=t}endScope(e){let t=Hp(e),o=new Set(t.map(s=>s.id));for(let s=0;s<this.state.activeScope.track.length;s++){let a=this.state.activeScope.track[s];!a.kept&&!o.has(a.id)&&a.dispose()}let n=this.state.scopeStack.pop();this.state.activeScope=this.state.scopeStack.length===0?null:this.state.scopeStack[this.state.scopeStack.length-1],t.forEach(s=>{!s.kept&&s.scopeId===n.id&&this.track(s)})}gradients(e,t,o,n=!1){if(E(t.length>0,()=>"gradients() received an empty list of xs."),o!=null&&o.dtype!=="float32")throw new Error(`dy must have 'float32' dtype, but has '${o.dtype}'`);let s=this.scopedRun(()=>this.startTape(),()=>this.endTape(),()=>this.tidy("forward",e));E(s instanceof mt,()=>"The result y returned by f() must be a tensor.");let a=Sk(this.state.activeTape,t,s);if(!n&&a.length===0&&t.length>0)throw new Error("Cannot compute gradient of y=f(x) with respect to x. Make sure that the f you passed encloses all operations that lead from x to y.");return this.tidy("backward",()=>{let c={};c[s.id]=o??ZK(s.shape),kk(c,a,i=>this.tidy(i),QK);let u=t.map(i=>c[i.id]);return this.state.gradientDepth===0&&(this.state.activeTape.forEach(i=>{for(let l of i.saved)l.dispose()}),this.state.activeTape=null),{value:s,grads:u}})}customGrad(e){return E(ln(e),()=>"The f passed in customGrad(f) must be a function."),(...t)=>{E(t.every(c=>c instanceof mt),()=>"The args passed in customGrad(f)(x1, x2,...) must all be tensors");let o,n={};t.forEach((c,u)=>{n[u]=c});let s=(c,u)=>(o=e(...t,u),E(o.value instanceof mt,()=>"The function f passed in customGrad(f) must return an object where `obj.value` is a tensor"),E(ln(o.gradFunc),()=>"The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function."),o.value),a=(c,u)=>{let i=o.gradFunc(c,u),l=Array.isArray(i)?i:[i];E(l.length===t.length,()=>"The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns the same number of tensors as inputs passed to f(...)."),E(l.every(m=>m instanceof mt),()=>"The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns a list of only tensors.");let p={};return l.forEach((m,f)=>{p[f]=()=>m}),p};return this.runKernelFunc({forwardFunc:s,backwardsFunc:a,inputs:n})}}readSync(e){return this.state.tensorInfo.get(e).backend.readSync(e)}read(e){return this.state.tensorInfo.get(e).backend.read(e)}readToGPU(e,t){return this.state.tensorInfo.get(e).backend.readToGPU(e,t)}async time(e){let t=mu(),o=await this.backend.time(e);return o.wallMs=mu()-t,o}track(e){return this.state.activeScope!=null&&(e.scopeId=this.state.activeScope.id,this.state.activeScope.track.push(e)),e}get registeredVariables(){return this.state.registeredVariables}reset(){this.pendingBackendInitId++,this.state.dispose(),this.ENV.reset(),this.state=new jf;for(let e in this.registry)this.disposeRegisteredKernels(e),this.registry[e].dispose(),delete this.registry[e];this.backendName=null,this.backendInstance=null,this.pendingBackendInit=null}};qp.nextTensorId=0;qp.nextVariableId=0;N=tv()});var fi={};nr(fi,{isBrowser:()=>ov,isMobile:()=>r6,mockIsMobile:()=>t6});function e6(){return typeof navigator<"u"&&navigator!=null}function t6(r){rv=r}function r6(r){if(rv!==void 0)return rv;if(r||e6()){if(r||(r=navigator),r.product==="ReactNative")return!0;let e=r.userAgent||r.vendor||(typeof window<"u"?window.opera:"");if(!e){let t=r;return t.userAgentData&&t.userAgentData.mobile}return/(android|bb\d+|meego).+mobile|avantgo|bada\/|blackberry|blazer|compal|elaine|fennec|hiptop|iemobile|ip(hone|od)|iris|kindle|lge |maemo|midp|mmp|mobile.+firefox|netfront|opera m(ob|in)i|palm( os)?|phone|p(ixi|re)\/|plucker|pocket|psp|series(4|6)0|symbian|treo|up\.(browser|link)|vodafone|wap|windows ce|xda|xiino/i.test(e)||/1207|6310|6590|3gso|4thp|50[1-6]i|770s|802s|a wa|abac|ac(er|oo|s\-)|ai(ko|rn)|al(av|ca|co)|amoi|an(ex|ny|yw)|aptu|ar(ch|go)|as(te|us)|attw|au(di|\-m|r |s )|avan|be(ck|ll|nq)|bi(lb|rd)|bl(ac|az)|br(e|v)w|bumb|bw\-(n|u)|c55\/|capi|ccwa|cdm\-|cell|chtm|cldc|cmd\-|co(mp|nd)|craw|da(it|ll|ng)|dbte|dc\-s|devi|dica|dmob|do(c|p)o|ds(12|\-d)|el(49|ai)|em(l2|ul)|er(ic|k0)|esl8|ez([4-7]0|os|wa|ze)|fetc|fly(\-|_)|g1 u|g560|gene|gf\-5|g\-mo|go(\.w|od)|gr(ad|un)|haie|hcit|hd\-(m|p|t)|hei\-|hi(pt|ta)|hp( i|ip)|hs\-c|ht(c(\-| |_|a|g|p|s|t)|tp)|hu(aw|tc)|i\-(20|go|ma)|i230|iac( |\-|\/)|ibro|idea|ig01|ikom|im1k|inno|ipaq|iris|ja(t|v)a|jbro|jemu|jigs|kddi|keji|kgt( |\/)|klon|kpt |kwc\-|kyo(c|k)|le(no|xi)|lg( g|\/(k|l|u)|50|54|\-[a-w])|libw|lynx|m1\-w|m3ga|m50\/|ma(te|ui|xo)|mc(01|21|ca)|m\-cr|me(rc|ri)|mi(o8|oa|ts)|mmef|mo(01|02|bi|de|do|t(\-| |o|v)|zz)|mt(50|p1|v )|mwbp|mywa|n10[0-2]|n20[2-3]|n30(0|2)|n50(0|2|5)|n7(0(0|1)|10)|ne((c|m)\-|on|tf|wf|wg|wt)|nok(6|i)|nzph|o2im|op(ti|wv)|oran|owg1|p800|pan(a|d|t)|pdxg|pg(13|\-([1-8]|c))|phil|pire|pl(ay|uc)|pn\-2|po(ck|rt|se)|prox|psio|pt\-g|qa\-a|qc(07|12|21|32|60|\-[2-7]|i\-)|qtek|r380|r600|raks|rim9|ro(ve|zo)|s55\/|sa(ge|ma|mm|ms|ny|va)|sc(01|h\-|oo|p\-)|sdk\/|se(c(\-|0|1)|47|mc|nd|ri)|sgh\-|shar|sie(\-|m)|sk\-0|sl(45|id)|sm(al|ar|b3|it|t5)|so(ft|ny)|sp(01|h\-|v\-|v )|sy(01|mb)|t2(18|50)|t6(00|10|18)|ta(gt|lk)|tcl\-|tdg\-|tel(i|m)|tim\-|t\-mo|to(pl|sh)|ts(70|m\-|m3|m5)|tx\-9|up(\.b|g1|si)|utst|v400|v750|veri|vi(rg|te)|vk(40|5[0-3]|\-v)|vm40|voda|vulc|vx(52|53|60|61|70|80|81|83|85|98)|w3c(\-| )|webc|whit|wi(g |nc|nw)|wmlb|wonu|x700|yas\-|your|zeto|zte\-/i.test(e.substr(0,4))}return!1}function ov(){return typeof window<"u"&&window.document!=null||typeof WorkerGlobalScope<"u"}var rv,nv=I(()=>{});var Rr,Al=I(()=>{V();nv();sr();Rr=P();Rr.registerFlag("DEBUG",()=>!1,r=>{r&&console.warn("Debugging mode is ON. The output of every math call will be downloaded to CPU and checked for NaNs. This significantly impacts performance.")});Rr.registerFlag("IS_BROWSER",()=>ov());Rr.registerFlag("IS_NODE",()=>typeof process<"u"&&typeof process.versions<"u"&&typeof process.versions.node<"u");Rr.registerFlag("IS_CHROME",()=>typeof navigator<"u"&&navigator!=null&&navigator.userAgent!=null&&/Chrome/.test(navigator.userAgent)&&/Google Inc/.test(navigator.vendor));Rr.registerFlag("IS_SAFARI",()=>typeof navigator<"u"&&navigator!=null&&navigator.userAgent!=null&&/Safari/.test(navigator.userAgent)&&/Apple/.test(navigator.vendor));Rr.registerFlag("PROD",()=>!1);Rr.registerFlag("TENSORLIKE_CHECK_SHAPE_CONSISTENCY",()=>Rr.getBool("DEBUG"));Rr.registerFlag("DEPRECATION_WARNINGS_ENABLED",()=>!0);Rr.registerFlag("IS_TEST",()=>!1);Rr.registerFlag("CHECK_COMPUTATION_FOR_ERRORS",()=>Rr.getBool("DEBUG"));Rr.registerFlag("WRAP_TO_IMAGEBITMAP",()=>!1);Rr.registerFlag("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU",()=>!1);Rr.registerFlag("USE_SETTIMEOUTCUSTOM",()=>!1)});function dr(r,e){let t=r;if(Mt(r))return e==="string"?[]:[r.length];if(qf(r)){let n=r.channels||"RGBA";return[r.height,r.width*n.length]}else if(Kf(r))return[r.buffer.size/(e==null?4:xl(e))];if(!Array.isArray(r))return[];let o=[];for(;Array.isArray(t)||Mt(t)&&e!=="string";)o.push(t.length),t=t[0];return Array.isArray(r)&&P().getBool("TENSORLIKE_CHECK_SHAPE_CONSISTENCY")&&Pk(r,o,[]),o}function Pk(r,e,t){if(t=t||[],!Array.isArray(r)&&!Mt(r)){E(e.length===0,()=>`Element arr[${t.join("][")}] is a primitive, but should be an array/TypedArray of ${e[0]} elements`);return}E(e.length>0,()=>`Element arr[${t.join("][")}] should be a primitive, but is an array of ${r.length} elements`),E(r.length===e[0],()=>`Element arr[${t.join("][")}] should have ${e[0]} elements, but has ${r.length} elements`);let o=e.slice(1);for(let n=0;n<r.length;++n)Pk(r[n],o,t.concat(n))}function Mk(r,e,t,o){if(r!=="string_or_numeric"){if(r==null)throw new Error("Expected dtype cannot be null.");if(r!=="numeric"&&r!==e||r==="numeric"&&e==="string")throw new Error(`Argument '${t}' passed to '${o}' must be ${r} tensor, but got ${e} tensor`)}}function k(r,e,t,o="numeric"){if(r instanceof Kw())return Mk(o,r.dtype,e,t),r;let n=Hi(r);if(n!=="string"&&["bool","int32","float32"].indexOf(o)>=0&&(n=o),Mk(o,n,e,t),r==null||!Mt(r)&&!Array.isArray(r)&&typeof r!="number"&&typeof r!="boolean"&&typeof r!="string"){let u=r==null?"null":r.constructor.name;throw new Error(`Argument '${e}' passed to '${t}' must be a Tensor or TensorLike, but got '${u}'`)}let s=dr(r,n);!Mt(r)&&!Array.isArray(r)&&(r=[r]);let c=n!=="string"?Tl(r,n):Ko(r,[],!0);return N.makeTensor(c,s,n)}function di(r,e,t,o="numeric"){if(!Array.isArray(r))throw new Error(`Argument ${e} passed to ${t} must be a \`Tensor[]\` or \`TensorLike[]\``);return r.map((s,a)=>k(s,`${e}[${a}]`,t,o))}var B=I(()=>{V();sr();co();$l();Z();Zt();});function _(r){let e=Object.keys(r);if(e.length!==1)throw new Error(`Please provide an object with a single key (operation name) mapping to a function. Got an object with ${e.length} keys.`);let t=e[0],o=r[t];t.endsWith("_")&&(t=t.substring(0,t.length-1)),t=t+sv;let n=(...s)=>{N.startScope(t);try{let a=o(...s);return Wc(a)&&console.error("Cannot return a Promise inside of tidy."),N.endScope(a),a}catch(a){throw N.endScope(null),a}};return Object.defineProperty(n,"name",{value:t,configurable:!0}),n}var sv,O=I(()=>{V();Z();sv="__op"});function o6(r,e){let t=k(r,"real","complex"),o=k(e,"imag","complex");xt(t.shape,o.shape,`real and imag shapes, ${t.shape} and ${o.shape}, must match in call to tf.complex().`);let n={real:t,imag:o};return N.runKernel(Uc,n)}var Dr,oc=I(()=>{V();Y();B();Z();O();Dr=_({complex_:o6})});function $r(r,e,t,o){if(o==null)o=Hi(r);else if(o==="complex64")throw new Error("Cannot construct a complex64 tensor directly. Please use tf.complex(real, imag).");if(Kf(r)||qf(r)){if(o!=="float32"&&o!=="int32")throw new Error(`Creating tensor from GPU data only supports 'float32'|'int32' dtype, while the dtype is ${o}.`);return N.backend.createTensorFromGPUData(r,e||t,o)}if(!Mt(r)&&!Array.isArray(r)&&typeof r!="number"&&typeof r!="boolean"&&typeof r!="string")throw new Error("values passed to tensor(values) must be a number/boolean/string or an array of numbers/booleans/strings, or a TypedArray");if(e!=null){wt(e);let n=Ge(e),s=Ge(t);E(n===s,()=>`Based on the provided shape, [${e}], the tensor should have ${n} values but has ${s}`);for(let a=0;a<t.length;++a){let c=t[a],u=a===t.length-1?c!==Ge(e.slice(a)):!0;E(t[a]===e[a]||!u,()=>`Error creating a new Tensor. Inferred shape (${t}) does not match the provided shape (${e}). `)}}return!Mt(r)&&!Array.isArray(r)&&(r=[r]),e=e||t,r=o!=="string"?Tl(r,o):Ko(r,[],!0),N.makeTensor(r,e,o)}var hi=I(()=>{V();$l();Z();});function Io(r,e,t){let o=dr(r,t);return $r(r,e,o,t)}var Kp=I(()=>{B();hi();});var gi,av=I(()=>{gi={float32:4,float16:2,int32:4,uint16:2,uint8:1,bool:1,complex64:8}});function n6(r,e){let t=0,o=r.length;for(;t<=o;){let n=Math.floor((o-t)/2)+t,s=e(r[n]);if(s===0)return n;s<0?o=n:t=n+1}return-1}var hr,nc=I(()=>{Z();hr=class r{static join(e){return new r(e).slice()}constructor(e){if(this.shards=[],this.previousShardIndex=0,e==null||(e instanceof Array||(e=[e]),e=e.map(o=>Mt(o)?o.buffer:o),e.length===0))return;this.bufferUniformSize=e[0].byteLength;let t=0;for(let o=0;o<e.length;o++){let n=e[o];o!==e.length-1&&n.byteLength!==this.bufferUniformSize&&(this.bufferUniformSize=void 0);let s=t+n.byteLength;this.shards.push({buffer:n,start:t,end:s}),t=s}this.shards.length===0&&(this.byteLength=0),this.byteLength=this.shards[this.shards.length-1].end}slice(e=0,t=this.byteLength){if(this.shards.length===0)return new ArrayBuffer(0);if(e=isNaN(Number(e))?0:e,t=isNaN(Number(t))?0:t,e=Math.max(0,e),t=Math.min(this.byteLength,t),t<=e)return new ArrayBuffer(0);let o=this.findShardForByte(e);if(o===-1)throw new Error(`Could not find start shard for byte ${e}`);let n=t-e,s=new ArrayBuffer(n),a=new Uint8Array(s),c=0;for(let u=o;u<this.shards.length;u++){let i=this.shards[u],p=e+c-i.start,m=c,d=Math.min(t,i.end)-i.start,h=new Uint8Array(i.buffer,p,d-p);if(a.set(h,m),c+=h.length,t<i.end)break}return s}findShardForByte(e){if(this.shards.length===0||e<0||e>=this.byteLength)return-1;if(this.bufferUniformSize!=null)return this.previousShardIndex=Math.floor(e/this.bufferUniformSize),this.previousShardIndex;function t(n){return e<n.start?-1:e>=n.end?1:0}if(t(this.shards[this.previousShardIndex])===0)return this.previousShardIndex;let o=n6(this.shards,t);return o===-1?-1:(this.previousShardIndex=o,this.previousShardIndex)}}});function s6(){P().set("PROD",!0)}function a6(){P().set("DEBUG",!0)}function i6(){P().set("DEPRECATION_WARNINGS_ENABLED",!1),console.warn("TensorFlow.js deprecation warnings have been disabled.")}function Xf(r){P().getBool("DEPRECATION_WARNINGS_ENABLED")&&console.warn(r+" You can disable deprecation warnings with tf.disableDeprecationWarnings().")}function c6(){N.disposeVariables()}function Fr(){return N}function u6(){return N.memory()}function l6(r){return N.profile(r)}function at(r,e){return N.tidy(r,e)}function Bt(r){Hp(r).forEach(t=>t.dispose())}function iv(r){return N.keep(r)}function p6(r){return N.time(r)}function cv(r){return N.setBackend(r)}function uv(){return N.ready()}function qs(){return N.backendName}function m6(r){N.removeBackend(r)}function lv(r){return N.findBackend(r)}function f6(r){return N.findBackendFactory(r)}function fu(r,e,t=1){return N.registerBackend(r,e,t)}function pv(){return N.backend}function d6(r,e){P().setPlatform(r,e)}var Yr=I(()=>{V();sr();co();It();Dk(Xf)});async function Lk(r,e){let t=[],o=[],n=Array.isArray(r)?r.map(a=>a.name):Object.keys(r);for(let a=0;a<n.length;++a){let c=n[a],u=Array.isArray(r)?r[a].tensor:r[c];if(u.dtype!=="float32"&&u.dtype!=="int32"&&u.dtype!=="bool"&&u.dtype!=="string"&&u.dtype!=="complex64")throw new Error(`Unsupported dtype in weight '${c}': ${u.dtype}`);let i={name:c,shape:u.shape,dtype:u.dtype};if(u.dtype==="string"){let l=new Promise(async p=>{let m=await u.bytes(),f=m.reduce((g,x)=>g+x.length,0)+sc*m.length,d=new Uint8Array(f),h=0;for(let g=0;g<m.length;g++){let x=m[g],y=new Uint8Array(new Uint32Array([x.length]).buffer);d.set(y,h),h+=sc,d.set(x,h),h+=x.length}p(d)});o.push(l)}else o.push(u.data());e!=null&&(i.group=e),t.push(i)}let s=await Promise.all(o);return{data:x6(s),specs:t}}function Yf(r,e){let t=new hr(r),o={},n=0;for(let s of e){let a=h6(s,(c,u)=>t.slice(n+c,n+u));o[s.name]=Wk(s,t.slice(n,n+a)),n+=a}return o}function h6(r,e){let t=Ge(r.shape),o;if("quantization"in r){let n=r.quantization;o=gi[n.dtype]}else if(r.dtype==="string"){let n=0;for(let s=0;s<t;s++)n+=sc+new Uint32Array(e(n,n+sc))[0];return n}else o=gi[r.dtype];return t*o}async function g6(r,e){let t=Ge(r.shape),o;if("quantization"in r){let n=r.quantization;o=gi[n.dtype]}else if(r.dtype==="string"){let n=0;for(let s=0;s<t;s++)n+=sc+new Uint32Array(await e(n,n+sc))[0];return n}else o=gi[r.dtype];return t*o}function Wk(r,e){let t=r.name,o=r.dtype,n=r.shape,s=Ge(n),a,c=0;if("quantization"in r){let u=r.quantization;if(u.dtype==="uint8"||u.dtype==="uint16"){if(!("min"in u&&"scale"in u))throw new Error(`Weight ${r.name} with quantization ${u.dtype} doesn't have corresponding metadata min and scale.`)}else if(u.dtype==="float16"){if(o!=="float32")throw new Error(`Weight ${r.name} is quantized with ${u.dtype} which only supports weights of type float32 not ${o}.`)}else throw new Error(`Weight ${r.name} has unknown quantization dtype ${u.dtype}. Supported quantization dtypes are: 'uint8', 'uint16', and 'float16'.`);let i=gi[u.dtype],l=u.dtype==="uint8"?new Uint8Array(e):new Uint16Array(e);if(o==="float32")if(u.dtype==="uint8"||u.dtype==="uint16"){a=new Float32Array(l.length);for(let p=0;p<l.length;p++){let m=l[p];a[p]=m*u.scale+u.min}}else if(u.dtype==="float16")a=v6()(l);else throw new Error(`Unsupported quantization type ${u.dtype} for weight type float32.`);else if(o==="int32"){if(u.dtype!=="uint8"&&u.dtype!=="uint16")throw new Error(`Unsupported quantization type ${u.dtype} for weight type int32.`);a=new Int32Array(l.length);for(let p=0;p<l.length;p++){let m=l[p];a[p]=Math.round(m*u.scale+u.min)}}else throw new Error(`Unsupported dtype in weight '${t}': ${o}`);c+=s*i}else if(o==="string"){let u=Ge(r.shape);a=[];for(let i=0;i<u;i++){let l=new Uint32Array(e.slice(c,c+sc))[0];c+=sc;let p=new Uint8Array(e.slice(c,c+l));a.push(p),c+=l}}else{let u=gi[o];if(o==="float32")a=new Float32Array(e);else if(o==="int32")a=new Int32Array(e);else if(o==="bool")a=new Uint8Array(e);else if(o==="complex64"){a=new Float32Array(e);let i=new Float32Array(a.length/2),l=new Float32Array(a.length/2);for(let d=0;d<i.length;d++)i[d]=a[d*2],l[d]=a[d*2+1];let p=Io(i,n,"float32"),m=Io(l,n,"float32"),f=Dr(p,m);return p.dispose(),m.dispose(),f}else throw new Error(`Unsupported dtype in weight '${t}': ${o}`);c+=s*u}return Io(a,n,o)}async function Ok(r,e,t){let o=new Uint8Array(e);for(;o.byteLength<t;){let{done:n,value:s}=await r.read();if(n&&s==null){let c=t-o.byteLength;throw new Error(`Reader is done but ${c} bytes are still expected`)}let a=new Uint8Array(o.length+s.byteLength);a.set(o,0),a.set(new Uint8Array(s),o.length),o=a}return o.buffer}async function Vk(r,e){let t={},o=r.getReader(),n=new ArrayBuffer(0);for(let s of e){let a=await g6(s,async(i,l)=>(n=await Ok(o,n,l),n.slice(i,l)));n=await Ok(o,n,a);let c=n.slice(0,a);n=n.slice(a);let u=Wk(s,c);if(t[s.name]=u,qs()==="webgpu"){let i=pv();"uploadToGPU"in i&&Ge(u.shape)>=P().get("WEBGPU_CPU_HANDOFF_SIZE_THRESHOLD")&&i.uploadToGPU(u.dataId)}}return t}function x6(r){if(r===null)throw new Error(`Invalid input value: ${JSON.stringify(r)}`);let e=0,t=[];r.forEach(s=>{if(e+=s.byteLength,t.push(s.byteLength===s.buffer.byteLength?s:new s.constructor(s)),!(s instanceof Float32Array||s instanceof Int32Array||s instanceof Uint8Array))throw new Error(`Unsupported TypedArray subtype: ${s.constructor.name}`)});let o=new Uint8Array(e),n=0;return t.forEach(s=>{o.set(new Uint8Array(s.buffer),n),n+=s.byteLength}),o.buffer}function Bk(r){return mv?Buffer.byteLength(r,"utf8"):new Blob([r]).size}function Gk(r){if(mv)return Buffer.from(r).toString("base64");let e=new Uint8Array(r),t="";for(let o=0,n=e.length;o<n;o++)t+=String.fromCharCode(e[o]);return btoa(t)}function Uk(r){if(mv){let o=Buffer.from(r,"base64");return o.buffer.slice(o.byteOffset,o.byteOffset+o.byteLength)}let e=atob(r),t=new Uint8Array(e.length);for(let o=0;o<e.length;++o)t.set([e.charCodeAt(o)],o);return t.buffer}function zk(r){return hr.join(r)}function fv(r){for(r=r.trim();r.endsWith("/");)r=r.slice(0,r.length-1);let t=r.split("/");return t[t.length-1]}function Jf(r,e){let t={modelTopology:r.modelTopology,format:r.format,generatedBy:r.generatedBy,convertedBy:r.convertedBy,weightsManifest:e};return r.signature!=null&&(t.signature=r.signature),r.userDefinedMetadata!=null&&(t.userDefinedMetadata=r.userDefinedMetadata),r.modelInitializer!=null&&(t.modelInitializer=r.modelInitializer),r.initializerSignature!=null&&(t.initializerSignature=r.initializerSignature),r.trainingConfig!=null&&(t.trainingConfig=r.trainingConfig),t}function dv(r,e,t){let o={modelTopology:r.modelTopology,format:r.format,generatedBy:r.generatedBy,convertedBy:r.convertedBy};if(r.trainingConfig!=null&&(o.trainingConfig=r.trainingConfig),r.weightsManifest!=null){if(!e)throw new Error("modelJSON has weightsManifest but weightSpecs is null");if(!t)throw new Error("modelJSON has weightsManifest but weightData is null");o.weightSpecs=e,o.weightData=t}return r.signature!=null&&(o.signature=r.signature),r.userDefinedMetadata!=null&&(o.userDefinedMetadata=r.userDefinedMetadata),r.modelInitializer!=null&&(o.modelInitializer=r.modelInitializer),r.initializerSignature!=null&&(o.initializerSignature=r.initializerSignature),o}async function Rl(r,e){let t,o;return r.weightsManifest!=null&&([t,o]=await e(r.weightsManifest)),dv(r,t,o)}function Ks(r){if(r.modelTopology instanceof ArrayBuffer)throw new Error("Expected JSON model topology, received ArrayBuffer.");return{dateSaved:new Date,modelTopologyType:"JSON",modelTopologyBytes:r.modelTopology==null?0:Bk(JSON.stringify(r.modelTopology)),weightSpecsBytes:r.weightSpecs==null?0:Bk(JSON.stringify(r.weightSpecs)),weightDataBytes:r.weightData==null?0:new hr(r.weightData).byteLength}}function jp(r){let e=[];for(let t of r)e.push(...t.weights);return e}function b6(){let r=t=>{let o=t<<13,n=0;for(;(o&8388608)===0;)n-=8388608,o<<=1;return o&=-8388609,n+=947912704,o|n},e=new Uint32Array(2048);e[0]=0;for(let t=1;t<1024;t++)e[t]=r(t);for(let t=1024;t<2048;t++)e[t]=939524096+(t-1024<<13);return e}function y6(){let r=new Uint32Array(64);r[0]=0,r[31]=1199570944,r[32]=2147483648,r[63]=3347054592;for(let e=1;e<31;e++)r[e]=e<<23;for(let e=33;e<63;e++)r[e]=2147483648+(e-32<<23);return r}function w6(){let r=new Uint32Array(64);for(let e=0;e<64;e++)r[e]=1024;return r[0]=r[32]=0,r}function v6(){let r=b6(),e=y6(),t=w6();return o=>{let n=new ArrayBuffer(4*o.length),s=new Uint32Array(n);for(let a=0;a<o.length;a++){let c=o[a],u=r[t[c>>10]+(c&1023)]+e[c>>10];s[a]=u}return new Float32Array(n)}}var sc,mv,du=I(()=>{oc();Kp();Z();av();nc();Yr();sr();Yr();sc=4;mv=typeof Buffer<"u"&&(typeof Blob>"u"||typeof atob>"u"||typeof btoa>"u")});var Qt,Hk,qk,Kk,jk,hu=I(()=>{Qt=class r{constructor(){this.saveRouters=[],this.loadRouters=[]}static getInstance(){return r.instance==null&&(r.instance=new r),r.instance}static registerSaveRouter(e){r.getInstance().saveRouters.push(e)}static registerLoadRouter(e){r.getInstance().loadRouters.push(e)}static getSaveHandlers(e){return r.getHandlers(e,"save")}static getLoadHandlers(e,t){return r.getHandlers(e,"load",t)}static getHandlers(e,t,o){let n=[];return(t==="load"?r.getInstance().loadRouters:r.getInstance().saveRouters).forEach(a=>{let c=a(e,o);c!==null&&n.push(c)}),n}},Hk=r=>Qt.registerSaveRouter(r),qk=r=>Qt.registerLoadRouter(r),Kk=r=>Qt.getSaveHandlers(r),jk=(r,e)=>Qt.getLoadHandlers(r,e)});function Xk(){if(!P().getBool("IS_BROWSER"))throw new Error("Failed to obtain IndexedDB factory because the current environmentis not a web browser.");let r=typeof window>"u"?self:window,e=r.indexedDB||r.mozIndexedDB||r.webkitIndexedDB||r.msIndexedDB||r.shimIndexedDB;if(e==null)throw new Error("The current browser does not appear to support IndexedDB.");return e}function xv(r){let e=r.result;e.createObjectStore(gu,{keyPath:"modelPath"}),e.createObjectStore(ac,{keyPath:"modelPath"})}function I6(r){return new js(r)}function C6(r){return r.startsWith(js.URL_SCHEME)?r.slice(js.URL_SCHEME.length):r}var hv,gv,gu,ac,js,Yk,Zf,bv=I(()=>{Al();sr();du();hu();nc();hv="tensorflowjs",gv=1,gu="models_store",ac="model_info_store";js=class{constructor(e){if(this.indexedDB=Xk(),e==null||!e)throw new Error("For IndexedDB, modelPath must not be null, undefined or empty.");this.modelPath=e}async save(e){if(e.modelTopology instanceof ArrayBuffer)throw new Error("BrowserLocalStorage.save() does not support saving model topology in binary formats yet.");return this.databaseAction(this.modelPath,e)}async load(){return this.databaseAction(this.modelPath)}databaseAction(e,t){return new Promise((o,n)=>{let s=this.indexedDB.open(hv,gv);s.onupgradeneeded=()=>xv(s),s.onsuccess=()=>{let a=s.result;if(t==null){let c=a.transaction(gu,"readonly"),i=c.objectStore(gu).get(this.modelPath);i.onsuccess=()=>{if(i.result==null)return a.close(),n(new Error(`Cannot find model with path '${this.modelPath}' in IndexedDB.`));o(i.result.modelArtifacts)},i.onerror=l=>(a.close(),n(i.error)),c.oncomplete=()=>a.close()}else{t.weightData=hr.join(t.weightData);let c=Ks(t),u=a.transaction(ac,"readwrite"),i=u.objectStore(ac),l;try{l=i.put({modelPath:this.modelPath,modelArtifactsInfo:c})}catch(m){return n(m)}let p;l.onsuccess=()=>{p=a.transaction(gu,"readwrite");let m=p.objectStore(gu),f;try{f=m.put({modelPath:this.modelPath,modelArtifacts:t,modelArtifactsInfo:c})}catch(d){return n(d)}f.onsuccess=()=>o({modelArtifactsInfo:c}),f.onerror=d=>{i=u.objectStore(ac);let h=i.delete(this.modelPath);h.onsuccess=()=>(a.close(),n(f.error)),h.onerror=g=>(a.close(),n(f.error))}},l.onerror=m=>(a.close(),n(l.error)),u.oncomplete=()=>{p==null?a.close():p.oncomplete=()=>a.close()}}},s.onerror=a=>n(s.error)})}};js.URL_SCHEME="indexeddb://";Yk=r=>P().getBool("IS_BROWSER")&&!Array.isArray(r)&&r.startsWith(js.URL_SCHEME)?I6(r.slice(js.URL_SCHEME.length)):null;Qt.registerSaveRouter(Yk);Qt.registerLoadRouter(Yk);Zf=class{constructor(){this.indexedDB=Xk()}async listModels(){return new Promise((e,t)=>{let o=this.indexedDB.open(hv,gv);o.onupgradeneeded=()=>xv(o),o.onsuccess=()=>{let n=o.result,s=n.transaction(ac,"readonly"),c=s.objectStore(ac).getAll();c.onsuccess=()=>{let u={};for(let i of c.result)u[i.modelPath]=i.modelArtifactsInfo;e(u)},c.onerror=u=>(n.close(),t(c.error)),s.oncomplete=()=>n.close()},o.onerror=n=>t(o.error)})}async removeModel(e){return e=C6(e),new Promise((t,o)=>{let n=this.indexedDB.open(hv,gv);n.onupgradeneeded=()=>xv(n),n.onsuccess=()=>{let s=n.result,a=s.transaction(ac,"readwrite"),c=a.objectStore(ac),u=c.get(e),i;u.onsuccess=()=>{if(u.result==null)return s.close(),o(new Error(`Cannot find model with path '${e}' in IndexedDB.`));{let l=c.delete(e),p=()=>{i=s.transaction(gu,"readwrite");let f=i.objectStore(gu).delete(e);f.onsuccess=()=>t(u.result.modelArtifactsInfo),f.onerror=d=>o(u.error)};l.onsuccess=p,l.onerror=m=>(p(),s.close(),o(u.error))}},u.onerror=l=>(s.close(),o(u.error)),a.oncomplete=()=>{i==null?s.close():i.oncomplete=()=>s.close()}},n.onerror=s=>o(n.error)})}}});function Zk(r){return{info:[Dl,r,Jk].join(xi),topology:[Dl,r,S6].join(xi),weightSpecs:[Dl,r,k6].join(xi),weightData:[Dl,r,_6].join(xi),modelMetadata:[Dl,r,T6].join(xi)}}function Qk(r){for(let e of Object.values(r))window.localStorage.removeItem(e)}function N6(r){let e=r.split(xi);if(e.length<3)throw new Error(`Invalid key format: ${r}`);return e.slice(1,e.length-1).join(xi)}function E6(r){return r.startsWith(Xs.URL_SCHEME)?r.slice(Xs.URL_SCHEME.length):r}function $6(r){return new Xs(r)}var xi,Dl,Jk,S6,k6,_6,T6,Xs,e1,Qf,yv=I(()=>{Al();sr();Z();du();nc();hu();xi="/",Dl="tensorflowjs_models",Jk="info",S6="model_topology",k6="weight_specs",_6="weight_data",T6="model_metadata";Xs=class{constructor(e){if(!P().getBool("IS_BROWSER")||typeof window>"u"||typeof window.localStorage>"u")throw new Error("The current environment does not support local storage.");if(this.LS=window.localStorage,e==null||!e)throw new Error("For local storage, modelPath must not be null, undefined or empty.");this.modelPath=e,this.keys=Zk(this.modelPath)}async save(e){if(e.modelTopology instanceof ArrayBuffer)throw new Error("BrowserLocalStorage.save() does not support saving model topology in binary formats yet.");{let t=JSON.stringify(e.modelTopology),o=JSON.stringify(e.weightSpecs),n=Ks(e),s=hr.join(e.weightData);try{this.LS.setItem(this.keys.info,JSON.stringify(n)),this.LS.setItem(this.keys.topology,t),this.LS.setItem(this.keys.weightSpecs,o),this.LS.setItem(this.keys.weightData,Gk(s));let a={format:e.format,generatedBy:e.generatedBy,convertedBy:e.convertedBy,signature:e.signature!=null?e.signature:void 0,userDefinedMetadata:e.userDefinedMetadata!=null?e.userDefinedMetadata:void 0,modelInitializer:e.modelInitializer!=null?e.modelInitializer:void 0,initializerSignature:e.initializerSignature!=null?e.initializerSignature:void 0,trainingConfig:e.trainingConfig!=null?e.trainingConfig:void 0};return this.LS.setItem(this.keys.modelMetadata,JSON.stringify(a)),{modelArtifactsInfo:n}}catch{throw Qk(this.keys),new Error(`Failed to save model '${this.modelPath}' to local storage: size quota being exceeded is a possible cause of this failure: modelTopologyBytes=${n.modelTopologyBytes}, weightSpecsBytes=${n.weightSpecsBytes}, weightDataBytes=${n.weightDataBytes}.`)}}}async load(){let e=JSON.parse(this.LS.getItem(this.keys.info));if(e==null)throw new Error(`In local storage, there is no model with name '${this.modelPath}'`);if(e.modelTopologyType!=="JSON")throw new Error("BrowserLocalStorage does not support loading non-JSON model topology yet.");let t={},o=JSON.parse(this.LS.getItem(this.keys.topology));if(o==null)throw new Error(`In local storage, the topology of model '${this.modelPath}' is missing.`);t.modelTopology=o;let n=JSON.parse(this.LS.getItem(this.keys.weightSpecs));if(n==null)throw new Error(`In local storage, the weight specs of model '${this.modelPath}' are missing.`);t.weightSpecs=n;let s=this.LS.getItem(this.keys.modelMetadata);if(s!=null){let c=JSON.parse(s);t.format=c.format,t.generatedBy=c.generatedBy,t.convertedBy=c.convertedBy,c.signature!=null&&(t.signature=c.signature),c.userDefinedMetadata!=null&&(t.userDefinedMetadata=c.userDefinedMetadata),c.modelInitializer!=null&&(t.modelInitializer=c.modelInitializer),c.initializerSignature!=null&&(t.initializerSignature=c.initializerSignature),c.trainingConfig!=null&&(t.trainingConfig=c.trainingConfig)}let a=this.LS.getItem(this.keys.weightData);if(a==null)throw new Error(`In local storage, the binary weight values of model '${this.modelPath}' are missing.`);return t.weightData=Uk(a),t}};Xs.URL_SCHEME="localstorage://";e1=r=>P().getBool("IS_BROWSER")&&!Array.isArray(r)&&r.startsWith(Xs.URL_SCHEME)?$6(r.slice(Xs.URL_SCHEME.length)):null;Qt.registerSaveRouter(e1);Qt.registerLoadRouter(e1);Qf=class{constructor(){E(P().getBool("IS_BROWSER"),()=>"Current environment is not a web browser"),E(typeof window>"u"||typeof window.localStorage<"u",()=>"Current browser does not appear to support localStorage"),this.LS=window.localStorage}async listModels(){let e={},t=Dl+xi,o=xi+Jk;for(let n=0;n<this.LS.length;++n){let s=this.LS.key(n);if(s.startsWith(t)&&s.endsWith(o)){let a=N6(s);e[a]=JSON.parse(this.LS.getItem(s))}}return e}async removeModel(e){e=E6(e);let t=Zk(e);if(this.LS.getItem(t.info)==null)throw new Error(`Cannot find model at path '${e}'`);let o=JSON.parse(this.LS.getItem(t.info));return Qk(t),o}}});function ed(r){if(r.indexOf(Fl)===-1)throw new Error(`The url string provided does not contain a scheme. Supported schemes are: ${Xo.getSchemes().join(",")}`);return{scheme:r.split(Fl)[0],path:r.split(Fl)[1]}}async function t1(r,e,t=!1){E(r!==e,()=>`Old path and new path are the same: '${r}'`);let o=Qt.getLoadHandlers(r);E(o.length>0,()=>`Copying failed because no load handler is found for source URL ${r}.`),E(o.length<2,()=>`Copying failed because more than one (${o.length}) load handlers for source URL ${r}.`);let n=o[0],s=Qt.getSaveHandlers(e);E(s.length>0,()=>`Copying failed because no save handler is found for destination URL ${e}.`),E(s.length<2,()=>`Copying failed because more than one (${o.length}) save handlers for destination URL ${e}.`);let a=s[0],c=ed(r).scheme,u=ed(r).path,i=c===ed(r).scheme,l=await n.load();t&&i&&await Xo.getManager(c).removeModel(u);let p=await a.save(l);return t&&!i&&await Xo.getManager(c).removeModel(u),p.modelArtifactsInfo}async function r1(){let r=Xo.getSchemes(),e={};for(let t of r){let o=await Xo.getManager(t).listModels();for(let n in o){let s=t+Fl+n;e[s]=o[n]}}return e}async function o1(r){let e=ed(r);return Xo.getManager(e.scheme).removeModel(e.path)}async function n1(r,e){return t1(r,e,!1)}async function s1(r,e){return t1(r,e,!0)}var Fl,Xo,wv=I(()=>{Z();hu();Fl="://",Xo=class r{constructor(){this.managers={}}static getInstance(){return r.instance==null&&(r.instance=new r),r.instance}static registerManager(e,t){E(e!=null,()=>"scheme must not be undefined or null."),e.endsWith(Fl)&&(e=e.slice(0,e.indexOf(Fl))),E(e.length>0,()=>"scheme must not be an empty string.");let o=r.getInstance();E(o.managers[e]==null,()=>`A model store manager is already registered for scheme '${e}'.`),o.managers[e]=t}static getManager(e){let t=r.getInstance().managers[e];if(t==null)throw new Error(`Cannot find model manager for scheme '${e}'`);return t}static getSchemes(){return Object.keys(r.getInstance().managers)}}});var vv,a1=I(()=>{Al();sr();bv();yv();wv();Ww();vv=class{constructor(){this.messageName="setTimeoutCustom",this.functionRefs=[],this.handledMessageCount=0,this.hasEventListener=!1}fetch(e,t){return fetch(e,t)}now(){return performance.now()}encode(e,t){if(t!=="utf-8"&&t!=="utf8")throw new Error(`Browser's encoder only supports utf-8, but got ${t}`);return this.textEncoder==null&&(this.textEncoder=new TextEncoder),this.textEncoder.encode(e)}decode(e,t){return new TextDecoder(t).decode(e)}setTimeoutCustom(e,t){if(typeof window>"u"||!P().getBool("USE_SETTIMEOUTCUSTOM")){setTimeout(e,t);return}this.functionRefs.push(e),setTimeout(()=>{window.postMessage({name:this.messageName,index:this.functionRefs.length-1},"*")},t),this.hasEventListener||(this.hasEventListener=!0,window.addEventListener("message",o=>{if(o.source===window&&o.data.name===this.messageName){o.stopPropagation();let n=this.functionRefs[o.data.index];n(),this.handledMessageCount++,this.handledMessageCount===this.functionRefs.length&&(this.functionRefs=[],this.handledMessageCount=0)}},!0))}isTypedArray(e){return Wf(e)}};if(P().get("IS_BROWSER")){P().setPlatform("browser",new vv);try{Xo.registerManager(Xs.URL_SCHEME,new Qf)}catch{}try{Xo.registerManager(js.URL_SCHEME,new Zf)}catch{}}});var i1=Kt(()=>{});var c1=Kt(()=>{});var A6,Iv,Cv,u1=I(()=>{sr();A6={importFetch:()=>i1()},Cv=class{constructor(){this.util=c1(),this.textEncoder=new this.util.TextEncoder}fetch(e,t){return P().global.fetch!=null?P().global.fetch(e,t):(Iv==null&&(Iv=A6.importFetch()),Iv(e,t))}now(){let e=process.hrtime();return e[0]*1e3+e[1]/1e6}encode(e,t){if(t!=="utf-8"&&t!=="utf8")throw new Error(`Node built-in encoder only supports utf-8, but got ${t}`);return this.textEncoder.encode(e)}decode(e,t){return e.length===0?"":new this.util.TextDecoder(t).decode(e)}isTypedArray(e){return this.util.types.isFloat32Array(e)||this.util.types.isInt32Array(e)||this.util.types.isUint8Array(e)||this.util.types.isUint8ClampedArray(e)}};P().get("IS_NODE")&&!P().get("IS_BROWSER")&&P().setPlatform("node",new Cv)});function be(r,e="float32",t){return e=e||"float32",wt(r),new Qe(r,e,t)}var bi=I(()=>{co();Z();});function R6(r,e){let t=k(r,"x","cast");if(!Fw(e))throw new Error(`Failed to cast to unknown dtype ${e}`);if(e==="string"&&t.dtype!=="string"||e!=="string"&&t.dtype==="string")throw new Error("Only strings can be casted to strings");let o={x:t},n={dtype:e};return N.runKernel(Lo,o,n)}var qe,gr=I(()=>{V();Y();B();Z();O();qe=_({cast_:R6})});function D6(r){let t={x:k(r,"x","clone","string_or_numeric")};return N.runKernel(Vo,t)}var Co,Ml=I(()=>{V();Y();B();O();Co=_({clone_:D6})});function td(r,e=!1){console.log(r.toString(e))}var Sv=I(()=>{});var F6,l1=I(()=>{V();Al();a1();u1();bi();gr();Ml();Sv();co();tv();F6={buffer:be,cast:qe,clone:Co,print:td};Rk(F6)});function M6(r,e){let t=k(r,"a","add"),o=k(e,"b","add");[t,o]=Oe(t,o);let n={a:t,b:o};return N.runKernel("Add",n)}var fe,jt=I(()=>{V();It();B();O();fe=_({add_:M6})});function P6(r,e){let t=k(r,"a","floorDiv"),o=k(e,"b","floorDiv");[t,o]=Oe(t,o);let n={a:t,b:o};return N.runKernel(Vn,n)}var rd,kv=I(()=>{V();Y();It();B();O();rd=_({floorDiv_:P6})});function O6(r,e){let t=k(r,"a","div"),o=k(e,"b","div");if([t,o]=Oe(t,o),t.dtype==="int32"&&o.dtype==="int32")return rd(t,o);let n={a:t,b:o},s={};return N.runKernel(Pn,n,s)}var Ue,Mr=I(()=>{V();Y();It();B();kv();O();Ue=_({div_:O6})});function B6(r,e){let t=k(r,"a","mul"),o=k(e,"b","mul");[t,o]=Oe(t,o);let n={a:t,b:o};return N.runKernel(us,n)}var te,Ct=I(()=>{V();Y();It();B();O();te=_({mul_:B6})});function L6(r){let e=k(r,"x","abs");if(e.dtype==="complex64"){let t={x:e};return N.runKernel(zc,t)}else{let t={x:e};return N.runKernel("Abs",t)}}var ir,xu=I(()=>{V();Y();B();O();ir=_({abs_:L6})});function W6(r){let t={x:k(r,"x","acos")};return N.runKernel(mn,t)}var p1,m1=I(()=>{V();Y();B();O();p1=_({acos_:W6})});function V6(r){let t={x:k(r,"x","acosh")};return N.runKernel(fn,t)}var f1,d1=I(()=>{V();Y();B();O();f1=_({acosh_:V6})});function G6(r){E(Array.isArray(r),()=>"The argument passed to tf.addN() must be a list of tensors"),E(r.length>=1,()=>`Must pass at least one tensor to tf.addN(), but got ${r.length}`);let e=r.map((n,s)=>k(n,`tensors${s}`,"addN")),t=e[0];e.forEach(n=>{if(n.dtype!==t.dtype)throw new Error("All tensors passed to tf.addN() must have the same dtype")}),e.forEach(n=>{if(!Nr(n.shape,t.shape))throw new Error("All tensors passed to tf.addN() must have the same shape")});let o=e;return N.runKernel(dn,o)}var h1,g1=I(()=>{V();Y();B();Z();O();h1=_({addN_:G6})});function U6(r,e=null,t=!1){let n={x:k(r,"x","all","bool")},s={axis:e,keepDims:t};return N.runKernel("All",n,s)}var x1,b1=I(()=>{V();B();O();x1=_({all_:U6})});function z6(r,e=null,t=!1){let n={x:k(r,"x","any","bool")},s={axis:e,keepDims:t};return N.runKernel("Any",n,s)}var y1,w1=I(()=>{V();B();O();y1=_({any_:z6})});function H6(r,e=0){let o={x:k(r,"x","argMax")},n={axis:e};return N.runKernel(Ca,o,n)}var v1,I1=I(()=>{V();Y();B();O();v1=_({argMax_:H6})});function q6(r,e=0){let o={x:k(r,"x","argMin")},n={axis:e};return N.runKernel(Sa,o,n)}var C1,S1=I(()=>{V();Y();B();O();C1=_({argMin_:q6})});function K6(r){let t={x:k(r,"x","asin")};return N.runKernel(hn,t)}var k1,_1=I(()=>{V();Y();B();O();k1=_({asin_:K6})});function j6(r){let t={x:k(r,"x","asinh")};return N.runKernel(gn,t)}var T1,N1=I(()=>{V();Y();B();O();T1=_({asinh_:j6})});function X6(r){let t={x:k(r,"x","atan")};return N.runKernel(xn,t)}var E1,$1=I(()=>{V();Y();B();O();E1=_({atan_:X6})});function Y6(r,e){let t=k(r,"a","atan2"),o=k(e,"b","atan2");[t,o]=Oe(t,o);let n={a:t,b:o};return N.runKernel(yn,n)}var A1,R1=I(()=>{V();Y();It();B();O();A1=_({atan2_:Y6})});function J6(r){let t={x:k(r,"x","atanh")};return N.runKernel(bn,t)}var D1,F1=I(()=>{V();Y();B();O();D1=_({atanh_:J6})});function Z6(r,e,t,o,n="NHWC",s){let a=r[3],c=[...e,a],u=P1(n);return yu(r,c,t,s,o,null,null,u)}function Tv(r,e,t,o,n,s,a="channelsLast"){let[c,u]=Xp(e),i;if(a==="channelsLast")i=[c,u,r[3],r[3]];else if(a==="channelsFirst")i=[c,u,r[1],r[1]];else throw new Error(`Unknown dataFormat ${a}`);return yu(r,i,t,o,n,s,!1,a)}function Q6(r,e,t,o,n,s,a="NDHWC"){let[c,u,i]=_v(e),l,p;if(a==="NDHWC")p="channelsLast",l=[c,u,i,r[4],r[4]];else if(a==="NCDHW")p="channelsFirst",l=[c,u,i,r[1],r[1]];else throw new Error(`Unknown dataFormat ${a}`);return M1(r,l,t,o,n,!1,p,s)}function yu(r,e,t,o,n,s,a=!1,c="channelsLast"){let[u,i,l,p]=[-1,-1,-1,-1];if(c==="channelsLast")[u,i,l,p]=r;else if(c==="channelsFirst")[u,p,i,l]=r;else throw new Error(`Unknown dataFormat ${c}`);let[m,f,,d]=e,[h,g]=Xp(t),[x,y]=Xp(o),w=Pl(m,x),C=Pl(f,y),{padInfo:T,outHeight:$,outWidth:A}=rj(n,i,l,h,g,w,C,s,c),R=a?d*p:d,F;return c==="channelsFirst"?F=[u,R,$,A]:c==="channelsLast"&&(F=[u,$,A,R]),{batchSize:u,dataFormat:c,inHeight:i,inWidth:l,inChannels:p,outHeight:$,outWidth:A,outChannels:R,padInfo:T,strideHeight:h,strideWidth:g,filterHeight:m,filterWidth:f,effectiveFilterHeight:w,effectiveFilterWidth:C,dilationHeight:x,dilationWidth:y,inShape:r,outShape:F,filterShape:e}}function M1(r,e,t,o,n,s=!1,a="channelsLast",c){let[u,i,l,p,m]=[-1,-1,-1,-1,-1];if(a==="channelsLast")[u,i,l,p,m]=r;else if(a==="channelsFirst")[u,m,i,l,p]=r;else throw new Error(`Unknown dataFormat ${a}`);let[f,d,h,,g]=e,[x,y,w]=_v(t),[C,T,$]=_v(o),A=Pl(f,C),R=Pl(d,T),F=Pl(h,$),{padInfo:M,outDepth:L,outHeight:W,outWidth:G}=oj(n,i,l,p,x,y,w,A,R,F,c),q=s?g*m:g,H;return a==="channelsFirst"?H=[u,q,L,W,G]:a==="channelsLast"&&(H=[u,L,W,G,q]),{batchSize:u,dataFormat:a,inDepth:i,inHeight:l,inWidth:p,inChannels:m,outDepth:L,outHeight:W,outWidth:G,outChannels:q,padInfo:M,strideDepth:x,strideHeight:y,strideWidth:w,filterDepth:f,filterHeight:d,filterWidth:h,effectiveFilterDepth:A,effectiveFilterHeight:R,effectiveFilterWidth:F,dilationDepth:C,dilationHeight:T,dilationWidth:$,inShape:r,outShape:H,filterShape:e}}function ej(r,e,t,o,n){o==null&&(o=Nv(r,e,t));let s=r[0],a=r[1],c=Yp((s-e+2*o)/t+1,n),u=Yp((a-e+2*o)/t+1,n);return[c,u]}function tj(r,e,t,o,n,s){n==null&&(n=Nv(r,e[0],o[0]));let a=[0,0,0,t];for(let c=0;c<3;c++)r[c]+2*n>=e[c]&&(a[c]=Yp((r[c]-e[c]+2*n)/o[c]+1,s));return a}function Nv(r,e,t,o=1){let n=Pl(e,o);return Math.floor((r[0]*(t-1)-t+n)/2)}function Xp(r){return typeof r=="number"?[r,r,r]:r.length===2?[r[0],r[1],1]:r}function _v(r){return typeof r=="number"?[r,r,r]:r}function Pl(r,e){return e<=1?r:r+(r-1)*(e-1)}function rj(r,e,t,o,n,s,a,c,u){let i,l,p;if(typeof r=="number"){i={top:r,bottom:r,left:r,right:r,type:r===0?"VALID":"NUMBER"};let f=ej([e,t],s,o,r,c);l=f[0],p=f[1]}else if(r==="same"){l=Math.ceil(e/o),p=Math.ceil(t/n);let m=Math.max(0,(l-1)*o+s-e),f=Math.max(0,(p-1)*n+a-t),d=Math.floor(m/2),h=m-d,g=Math.floor(f/2),x=f-g;i={top:d,bottom:h,left:g,right:x,type:"SAME"}}else if(r==="valid")i={top:0,bottom:0,left:0,right:0,type:"VALID"},l=Math.ceil((e-s+1)/o),p=Math.ceil((t-a+1)/n);else if(typeof r=="object"){let m=u==="channelsLast"?r[1][0]:r[2][0],f=u==="channelsLast"?r[1][1]:r[2][1],d=u==="channelsLast"?r[2][0]:r[3][0],h=u==="channelsLast"?r[2][1]:r[3][1];i={top:m,bottom:f,left:d,right:h,type:m===0&&f===0&&d===0&&h===0?"VALID":"EXPLICIT"},l=Yp((e-s+m+f)/o+1,c),p=Yp((t-a+d+h)/n+1,c)}else throw Error(`Unknown padding parameter: ${r}`);return{padInfo:i,outHeight:l,outWidth:p}}function oj(r,e,t,o,n,s,a,c,u,i,l){let p,m,f,d;if(r==="valid"&&(r=0),typeof r=="number"){p={top:r,bottom:r,left:r,right:r,front:r,back:r,type:r===0?"VALID":"NUMBER"};let g=tj([e,t,o,1],[c,u,i],1,[n,s,a],r,l);m=g[0],f=g[1],d=g[2]}else if(r==="same"){m=Math.ceil(e/n),f=Math.ceil(t/s),d=Math.ceil(o/a);let h=(m-1)*n+c-e,g=(f-1)*s+u-t,x=(d-1)*a+i-o,y=Math.floor(h/2),w=h-y,C=Math.floor(g/2),T=g-C,$=Math.floor(x/2),A=x-$;p={top:C,bottom:T,left:$,right:A,front:y,back:w,type:"SAME"}}else throw Error(`Unknown padding parameter: ${r}`);return{padInfo:p,outDepth:m,outHeight:f,outWidth:d}}function Yp(r,e){if(!e)return Math.trunc(r);switch(e){case"round":return Math.round(r);case"ceil":return Math.ceil(r);case"floor":return Math.floor(r);default:throw new Error(`Unknown roundingMode ${e}`)}}function bu(r){let[e,t,o]=Xp(r);return e===1&&t===1&&o===1}function Cr(r,e){return bu(r)||bu(e)}function Ys(r){return Xp(r).every(e=>e>0)}function P1(r){if(r==="NHWC")return"channelsLast";if(r==="NCHW")return"channelsFirst";throw new Error(`Unknown dataFormat ${r}`)}function Lt(r,e,t){if(t!=null){if(typeof e=="string")throw Error(`Error in ${r}: pad must be an integer when using dimRoundingMode ${t} but got pad ${e}.`);if(typeof e=="number")E(ya(e),()=>`Error in ${r}: pad must be an integer when using dimRoundingMode ${t} but got pad ${e}.`);else if(typeof e=="object")e.forEach(o=>{o.forEach(n=>{E(ya(n),()=>`Error in ${r}: pad must be an integer when using dimRoundingMode ${t} but got pad ${n}.`)})});else throw Error(`Error in ${r}: Unknown padding parameter: ${e}`)}}var Pr=I(()=>{Z();});function nj(r,e){let o={x:k(r,"x","reshape","string_or_numeric")},n={shape:e};return N.runKernel(Xa,o,n)}var z,We=I(()=>{V();Y();B();O();z=_({reshape_:nj})});function sj(r,e,t,o,n){let s=k(r,"x","avgPool","float32"),a=1;E(Cr(t,a),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${t} and dilations '${a}'`);let c=s,u=!1;s.rank===3&&(u=!0,c=z(s,[1,s.shape[0],s.shape[1],s.shape[2]])),E(c.rank===4,()=>`Error in avgPool: x must be rank 4 but got rank ${c.rank}.`),Lt("avgPool",o,n);let i={x:c},l={filterSize:e,strides:t,pad:o,dimRoundingMode:n},p=N.runKernel(wn,i,l);return p=qe(p,s.dtype),u?z(p,[p.shape[1],p.shape[2],p.shape[3]]):p}var od,Ev=I(()=>{V();Y();B();Z();gr();Pr();O();We();od=_({avgPool_:sj})});function aj(r,e,t,o,n,s="NDHWC"){let a=k(r,"x","avgPool3d","float32"),c=a,u=!1;a.rank===4&&(u=!0,c=z(a,[1,a.shape[0],a.shape[1],a.shape[2],a.shape[3]])),E(c.rank===5,()=>`Error in avgPool3d: x must be rank 5 but got rank ${c.rank}.`),E(s==="NDHWC",()=>`Error in avgPool3d: Only NDHWC is currently supported, but got dataFormat of ${s}`),E(typeof t=="number"&&t>0||Array.isArray(t)&&t[0]>0&&t[1]>0&&t[2]>0,()=>`Error in avgPool3d: Stride must be > 0, but got '${t}'`),Lt("avgPool3d",o,n);let i={x:c},l={filterSize:e,strides:t,pad:o,dimRoundingMode:n,dataFormat:s},p=N.runKernel(ka,i,l);return p=qe(p,c.dtype),u?z(p,[p.shape[1],p.shape[2],p.shape[3],p.shape[4]]):p}var O1,B1=I(()=>{V();Y();B();Z();gr();Pr();O();We();O1=_({avgPool3d_:aj})});function ij(r,e=0){E(r.length>=1,()=>"Pass at least one tensor to concat");let t=di(r,"tensors","concat","string_or_numeric");if(t[0].dtype==="complex64"&&t.forEach(s=>{if(s.dtype!=="complex64")throw new Error(`Cannot concatenate complex64 tensors with a tensor
          with dtype ${s.dtype}. `)}),t.length===1)return Co(t[0]);let o=t,n={axis:e};return N.runKernel(Na,o,n)}var gt,Yo=I(()=>{V();Y();B();Z();Ml();O();gt=_({concat_:ij})});function cj(r,e,t=!1,o=!1){let n=k(r,"a","matMul"),s=k(e,"b","matMul");[n,s]=Oe(n,s);let a={a:n,b:s},c={transposeA:t,transposeB:o};return N.runKernel(vn,a,c)}var Ke,yi=I(()=>{V();Y();It();B();O();Ke=_({matMul_:cj})});function uj(r){let t={x:k(r,"x","sigmoid","float32")};return N.runKernel(Rs,t)}var uo,Jp=I(()=>{V();Y();B();O();uo=_({sigmoid_:uj})});function lj(r,e,t){let o=k(r,"x","slice","string_or_numeric");if(o.rank===0)throw new Error("Slicing scalar is not possible");let n={x:o},s={begin:e,size:t};return N.runKernel(Ja,n,s)}var Pe,So=I(()=>{V();Y();B();O();Pe=_({slice_:lj})});function pj(r){let t={x:k(r,"x","tanh","float32")};return N.runKernel(Ws,t)}var wu,$v=I(()=>{V();Y();B();O();wu=_({tanh_:pj})});function mj(r,e,t,o,n,s){let a=k(r,"forgetBias","basicLSTMCell"),c=k(e,"lstmKernel","basicLSTMCell"),u=k(t,"lstmBias","basicLSTMCell"),i=k(o,"data","basicLSTMCell"),l=k(n,"c","basicLSTMCell"),p=k(s,"h","basicLSTMCell"),m=gt([i,p],1),f=Ke(m,c),d=fe(f,u),h=d.shape[0],g=d.shape[1]/4,x=[h,g],y=Pe(d,[0,0],x),w=Pe(d,[0,g],x),C=Pe(d,[0,g*2],x),T=Pe(d,[0,g*3],x),$=fe(te(uo(y),wu(w)),te(l,uo(fe(a,C)))),A=te(wu($),uo(T));return[$,A]}var L1,W1=I(()=>{B();jt();Yo();yi();Ct();O();Jp();So();$v();L1=_({basicLSTMCell_:mj})});function fj(r,e,t){let o=k(r,"x","batchToSpaceND"),n=e.reduce((c,u)=>c*u);E(o.rank>=1+e.length,()=>`input rank is ${o.rank} but should be > than blockShape.length ${e.length}`),E(t.length===e.length,()=>`crops.length is ${t.length} but should be equal to blockShape.length  ${e.length}`),E(o.shape[0]%n===0,()=>`input tensor batch is ${o.shape[0]} but is not divisible by the product of the elements of blockShape ${e.join(" * ")} === ${n}`);let s={x:o},a={blockShape:e,crops:t};return N.runKernel(_a,s,a)}var nd,Av=I(()=>{V();Y();B();Z();O();nd=_({batchToSpaceND_:fj})});function V1(r){let e;return r.rank===0||r.rank===1?e=z(r,[1,1,1,r.size]):r.rank===2?e=z(r,[1,1,r.shape[0],r.shape[1]]):r.rank===3?e=z(r,[1,r.shape[0],r.shape[1],r.shape[2]]):e=r,e}var G1=I(()=>{We()});function dj(r,e,t,o,n,s){s==null&&(s=.001);let a=k(r,"x","batchNorm"),c=k(e,"mean","batchNorm"),u=k(t,"variance","batchNorm"),i;n!=null&&(i=k(n,"scale","batchNorm"));let l;o!=null&&(l=k(o,"offset","batchNorm")),E(c.rank===u.rank,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),E(l==null||c.rank===l.rank,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),E(i==null||c.rank===i.rank,()=>"Batch normalization gradient requires mean and scale to have equal ranks.");let m={x:V1(a),scale:i,offset:l,mean:c,variance:u},f={varianceEpsilon:s},d=N.runKernel(Gn,m,f);return z(d,a.shape)}var ic,Zp=I(()=>{V();Y();B();Z();G1();O();We();ic=_({batchNorm_:dj})});function hj(r,e,t,o,n,s){let a=k(r,"x","batchNorm"),c=k(e,"mean","batchNorm"),u=k(t,"variance","batchNorm"),i;n!=null&&(i=k(n,"scale","batchNorm"));let l;return o!=null&&(l=k(o,"offset","batchNorm")),E(a.rank===2,()=>`Error in batchNorm2D: x must be rank 2 but got rank ${a.rank}.`),E(c.rank===2||c.rank===1,()=>`Error in batchNorm2D: mean must be rank 2 or rank 1 but got rank ${c.rank}.`),E(u.rank===2||u.rank===1,()=>`Error in batchNorm2D: variance must be rank 2 or rank 1 but got rank ${u.rank}.`),i!=null&&E(i.rank===2||i.rank===1,()=>`Error in batchNorm2D: scale must be rank 2 or rank 1 but got rank ${i.rank}.`),l!=null&&E(l.rank===2||l.rank===1,()=>`Error in batchNorm2D: offset must be rank 2 or rank 1 but got rank ${l.rank}.`),ic(a,c,u,l,i,s)}var U1,z1=I(()=>{B();Z();Zp();O();U1=_({batchNorm2d_:hj})});function gj(r,e,t,o,n,s){let a=k(r,"x","batchNorm"),c=k(e,"mean","batchNorm"),u=k(t,"variance","batchNorm"),i;n!=null&&(i=k(n,"scale","batchNorm"));let l;return o!=null&&(l=k(o,"offset","batchNorm")),E(a.rank===3,()=>`Error in batchNorm3D: x must be rank 3 but got rank ${a.rank}.`),E(c.rank===3||c.rank===1,()=>`Error in batchNorm3D: mean must be rank 3 or rank 1 but got rank ${c.rank}.`),E(u.rank===3||u.rank===1,()=>`Error in batchNorm3D: variance must be rank 3 or rank 1 but got rank ${u.rank}.`),i!=null&&E(i.rank===3||i.rank===1,()=>`Error in batchNorm3D: scale must be rank 3 or rank 1 but got rank ${i.rank}.`),l!=null&&E(l.rank===3||l.rank===1,()=>`Error in batchNorm3D: offset must be rank 3 or rank 1 but got rank ${l.rank}.`),ic(a,c,u,l,i,s)}var H1,q1=I(()=>{B();Z();Zp();O();H1=_({batchNorm3d_:gj})});function xj(r,e,t,o,n,s){let a=k(r,"x","batchNorm"),c=k(e,"mean","batchNorm"),u=k(t,"variance","batchNorm"),i;n!=null&&(i=k(n,"scale","batchNorm"));let l;return o!=null&&(l=k(o,"offset","batchNorm")),E(a.rank===4,()=>`Error in batchNorm4D: x must be rank 4 but got rank ${a.rank}.`),E(c.rank===4||c.rank===1,()=>`Error in batchNorm4D: mean must be rank 4 or rank 1 but got rank ${c.rank}.`),E(u.rank===4||u.rank===1,()=>`Error in batchNorm4D: variance must be rank 4 or rank 1 but got rank ${u.rank}.`),i!=null&&E(i.rank===4||i.rank===1,()=>`Error in batchNorm4D: scale must be rank 4 or rank 1 but got rank ${i.rank}.`),l!=null&&E(l.rank===4||l.rank===1,()=>`Error in batchNorm4D: offset must be rank 4 or rank 1 but got rank ${l.rank}.`),ic(a,c,u,l,i,s)}var K1,j1=I(()=>{B();Z();Zp();O();K1=_({batchNorm4d_:xj})});function bj(r,e,t){let o=k(r,"x","bincount"),n=k(e,"weights","bincount");E(o.dtype==="int32",()=>`Error in bincount: input dtype must be int32, but got ${o.dtype}`),E(t>=0,()=>`size must be non-negative, but got ${t}.`),E(n.size===o.size||n.size===0,()=>`Error in bincount: weights must have the same size as input or0-length, but got input shape: ${o.shape}, weights shape: ${n.shape}.`);let s={x:o,weights:n},a={size:t};return N.runKernel(In,s,a)}var sd,Rv=I(()=>{V();Y();B();Z();O();sd=_({bincount_:bj})});function yj(r,e){let t=k(r,"x","bitwiseAnd"),o=k(e,"y","bitwiseAnd");if(!Nr(t.shape,o.shape))throw new Error(`BitwiseAnd: Tensors must have the same shape. x: ${t.shape}, y: ${o.shape}`);if(t.dtype!=="int32"||o.dtype!=="int32")throw new Error(`BitwiseAnd: Only supports 'int32' values in tensor, found type of x: ${t.dtype} and type of y: ${o.dtype}`);let n={a:t,b:o};return N.runKernel(Cn,n)}var X1,Y1=I(()=>{V();Y();B();Zt();O();X1=_({bitwiseAnd_:yj})});function wj(r,e){let t=k(r,"s0","broadcastArgs","int32"),o=k(e,"s1","broadcastArgs","int32");if(t.rank!==1)throw new Error(`broadcastArgs(): first input must be a vector (rank=1). Has rank ${t.rank}`);if(o.rank!==1)throw new Error(`broadcastArgs(): second input must be a vector (rank=1). Has rank ${o.rank}`);let n={s0:t,s1:o};return N.runKernel(Ta,n)}var J1,Z1=I(()=>{V();Y();B();O();J1=_({broadcastArgs_:wj})});function vj(r,e){let t=k(r,"broadcastTo","x"),o=t.shape;if(wt(e),e.length<t.rank)throw new Error(`broadcastTo(): shape.length=${e.length} < input.rank=${t.rank}.`);if(e.length>t.rank){let i=t.shape.slice();for(;i.length<e.length;)i.unshift(1);t=z(t,i)}let n=t.shape,s=Array.from(e);for(let i=e.length-1;i>=0;i--)if(n[i]===e[i])s[i]=1;else if(t.shape[i]!==1)throw new Error(`broadcastTo(): [${o}] cannot be broadcast to [${e}].`);if(s.map((i,l)=>i>1?l:-1).filter(i=>i>=0).length===0)return Co(t);let c={x:t},u={reps:s};return N.runKernel(xo,c,u)}var cc,Dv=I(()=>{V();Y();B();Zt();Ml();O();We();cc=_({broadcastTo_:vj})});function Ij(r){let t={x:k(r,"x","ceil","float32")};return N.runKernel(Sn,t)}var Q1,e_=I(()=>{V();Y();B();O();Q1=_({ceil_:Ij})});function Zs(r,e,t){wt(r),t=t||Hi(e);let o={shape:r,value:e,dtype:t};return N.runKernel(Pa,{},o)}var Ol=I(()=>{V();Y();Z();Zt();});function Cj(r,e,t){let o=k(r,"x","clipByValue");if(E(e<=t,()=>`Error in clip: min (${e}) must be less than or equal to max (${t}).`),e===t)return Zs(o.shape,e,o.dtype);let n={x:o},s={clipValueMin:e,clipValueMax:t};return N.runKernel(Wo,n,s)}var t_,r_=I(()=>{V();Y();B();Z();Ol();O();t_=_({clipByValue_:Cj})});function Sj(r){return gt(r,0)}var o_,n_=I(()=>{Yo();O();o_=_({concat1d_:Sj})});function kj(r,e){return gt(r,e)}var s_,a_=I(()=>{Yo();O();s_=_({concat2d_:kj})});function _j(r,e){return gt(r,e)}var i_,c_=I(()=>{Yo();O();i_=_({concat3d_:_j})});function Tj(r,e){return gt(r,e)}var u_,l_=I(()=>{Yo();O();u_=_({concat4d_:Tj})});function Nj(r,e,t,o,n="NHWC",s=[1,1],a){let c=k(r,"x","conv2d","float32"),u=k(e,"filter","conv2d","float32"),i=c,l=!1;c.rank===3&&(l=!0,i=z(c,[1,c.shape[0],c.shape[1],c.shape[2]])),E(i.rank===4,()=>`Error in conv2d: input must be rank 4, but got rank ${i.rank}.`),E(u.rank===4,()=>`Error in conv2d: filter must be rank 4, but got rank ${u.rank}.`),Lt("conv2d",o,a);let p=n==="NHWC"?i.shape[3]:i.shape[1];E(p===u.shape[2],()=>`Error in conv2d: depth of input (${p}) must match input depth for filter ${u.shape[2]}.`),E(Cr(t,s),()=>`Error in conv2D: Either strides or dilations must be 1. Got strides ${t} and dilations '${s}'`),E(Ys(s),()=>"Error in conv2D: Dilated rates should be larger than 0."),E(Ys(t),()=>"Error in conv2D: Strides should be larger than 0.");let m={x:i,filter:u},f={strides:t,pad:o,dataFormat:n,dilations:s,dimRoundingMode:a},d=N.runKernel(kn,m,f);return l?z(d,[d.shape[1],d.shape[2],d.shape[3]]):d}var uc,Qp=I(()=>{V();Y();B();Z();Pr();O();We();uc=_({conv2d_:Nj})});function Ej(r,e,t,o,n="NWC",s=1,a){let c=k(r,"x","conv1d"),u=k(e,"filter","conv1d"),i=c,l=!1;c.rank===2&&(l=!0,i=z(c,[1,c.shape[0],c.shape[1]])),E(i.rank===3,()=>`Error in conv1d: input must be rank 3, but got rank ${i.rank}.`),E(u.rank===3,()=>`Error in conv1d: filter must be rank 3, but got rank ${u.rank}.`),Lt("conv1d",o,a),E(i.shape[2]===u.shape[1],()=>`Error in conv1d: depth of input (${i.shape[2]}) must match input depth for filter ${u.shape[1]}.`),E(Cr(t,s),()=>`Error in conv1D: Either stride or dilation must be 1. Got stride ${t} and dilation '${s}'`),E(Ys(s),()=>"Error in conv1D: Dilated rates should be larger than 0."),E(Ys(t),()=>"Error in conv1D: Stride should be larger than 0."),E(n==="NWC",()=>`Error in conv1d: got dataFormat of ${n} but only NWC is currently supported.`);let p=z(u,[1,u.shape[0],u.shape[1],u.shape[2]]),m=z(i,[i.shape[0],1,i.shape[1],i.shape[2]]),g=uc(m,p,[1,t],o,"NHWC",[1,s],a);return l?z(g,[g.shape[2],g.shape[3]]):z(g,[g.shape[0],g.shape[2],g.shape[3]])}var p_,m_=I(()=>{B();Z();Qp();Pr();O();We();p_=_({conv1d_:Ej})});function $j(r,e,t,o,n,s="NHWC",a){E(r.length===e.rank,()=>`Length of inShape (${r.length}) and rank of dy (${e.rank}) must match`);let c=r,u=e,i=!1;e.rank===3&&(i=!0,u=z(e,[1,e.shape[0],e.shape[1],e.shape[2]]),c=[1,r[0],r[1],r[2]]),E(c.length===4,()=>`Error in conv2dDerInput: inShape must be length 4, but got length ${c.length}.`),E(u.rank===4,()=>`Error in conv2dDerInput: dy must be rank 4, but got rank ${u.rank}`),E(t.rank===4,()=>`Error in conv2dDerInput: filter must be rank 4, but got rank ${t.rank}`);let l=s==="NHWC"?c[3]:c[1],p=s==="NHWC"?u.shape[3]:u.shape[1];E(l===t.shape[2],()=>`Error in conv2dDerInput: depth of input (${l}) must match input depth for filter ${t.shape[2]}.`),E(p===t.shape[3],()=>`Error in conv2dDerInput: depth of output (${p}) must match output depth for filter ${t.shape[3]}.`),Lt("conv2dDerInput",n,a);let m={dy:u,filter:t},f={strides:o,pad:n,dataFormat:s,dimRoundingMode:a,inputShape:c},d=N.runKernel(_n,m,f);return i?z(d,[d.shape[1],d.shape[2],d.shape[3]]):d}var ad,Fv=I(()=>{V();Y();Z();Pr();O();We();ad=_({conv2DBackpropInput_:$j})});function Aj(r,e,t,o,n,s){let a=k(r,"x","conv2dTranspose"),c=k(e,"filter","conv2dTranspose");return ad(t,a,c,o,n,"NHWC",s)}var f_,d_=I(()=>{B();Fv();O();f_=_({conv2dTranspose_:Aj})});function Rj(r,e,t,o,n="NDHWC",s=[1,1,1]){let a=k(r,"x","conv3d"),c=k(e,"filter","conv3d"),u=a,i=!1;a.rank===4&&(i=!0,u=z(a,[1,a.shape[0],a.shape[1],a.shape[2],a.shape[3]])),E(u.rank===5,()=>`Error in conv3d: input must be rank 5, but got rank ${u.rank}.`),E(c.rank===5,()=>`Error in conv3d: filter must be rank 5, but got rank ${c.rank}.`),E(u.shape[4]===c.shape[3],()=>`Error in conv3d: depth of input (${u.shape[4]}) must match input depth for filter ${c.shape[3]}.`),E(Cr(t,s),()=>`Error in conv3D: Either strides or dilations must be 1. Got strides ${t} and dilations '${s}'`),E(n==="NDHWC",()=>`Error in conv3d: got dataFormat of ${n} but only NDHWC is currently supported.`),E(Ys(s),()=>"Error in conv3D: Dilated rates should be larger than 0."),E(Ys(t),()=>"Error in conv3D: Strides should be larger than 0.");let l={x:u,filter:c},p={strides:t,pad:o,dataFormat:n,dilations:s},m=N.runKernel(Tn,l,p);return i?z(m,[m.shape[1],m.shape[2],m.shape[3],m.shape[4]]):m}var h_,g_=I(()=>{V();Y();B();Z();Pr();O();We();h_=_({conv3d_:Rj})});function Dj(r,e,t,o,n){E(r.length===e.rank,()=>`Length of inShape (${r.length}) and rank of dy (${e.rank}) must match`);let s=r,a=e,c=!1;e.rank===4&&(c=!0,a=z(e,[1,e.shape[0],e.shape[1],e.shape[2],e.shape[3]]),s=[1,r[0],r[1],r[2],r[3]]);let u=s[4],i=a.shape[4];E(s.length===5,()=>`Error in conv3dDerInput: inShape must be length 5, but got length ${s.length}.`),E(a.rank===5,()=>`Error in conv3dDerInput: dy must be rank 5, but got rank ${a.rank}`),E(t.rank===5,()=>`Error in conv3dDerInput: filter must be rank 5, but got rank ${t.rank}`),E(u===t.shape[3],()=>`Error in conv3dDerInput: depth of input (${u}) must match input depth for filter ${t.shape[3]}.`),E(i===t.shape[4],()=>`Error in conv3dDerInput: depth of output (${i}) must match output depth for filter ${t.shape[4]}.`);let l={dy:a,filter:t},p={pad:n,strides:o,inputShape:s},m=N.runKernel(Nn,l,p);return c?z(m,[m.shape[1],m.shape[2],m.shape[3],m.shape[4]]):m}var x_,b_=I(()=>{V();Y();Z();O();We();x_=_({conv3DBackpropInput_:Dj})});function Fj(r,e,t,o,n){let s=k(r,"x","conv3dTranspose"),a=k(e,"filter","conv3dTranspose");return x_(t,s,a,o,n)}var y_,w_=I(()=>{B();b_();O();y_=_({conv3dTranspose_:Fj})});function Mj(r){let t={x:k(r,"x","cos","float32")};return N.runKernel("Cos",t)}var v_,I_=I(()=>{V();B();O();v_=_({cos_:Mj})});function Pj(r){let t={x:k(r,"x","cosh","float32")};return N.runKernel(En,t)}var C_,S_=I(()=>{V();Y();B();O();C_=_({cosh_:Pj})});function Oj(r,e=0,t=!1,o=!1){let s={x:k(r,"x","cumprod")},a={axis:e,exclusive:t,reverse:o};return N.runKernel($n,s,a)}var k_,__=I(()=>{V();Y();B();O();k_=_({cumprod_:Oj})});function Bj(r,e=0,t=!1,o=!1){let s={x:k(r,"x","cumsum")},a={axis:e,exclusive:t,reverse:o};return N.runKernel(An,s,a)}var T_,N_=I(()=>{V();Y();B();O();T_=_({cumsum_:Bj})});function Lj(r,e,t,o=!1){let n=k(r,"x","denseBincount"),s=k(e,"weights","denseBincount");E(n.dtype==="int32",()=>`Error in denseBincount: input dtype must be int32, but got ${n.dtype}`),E(n.rank<=2,()=>`Error in denseBincount: input must be at most rank 2, but got rank ${n.rank}.`),E(t>=0,()=>`size must be non-negative, but got ${t}.`),E(s.size===n.size||s.size===0,()=>`Error in denseBincount: weights must have the same shape as x or 0-length, but got x shape: ${n.shape}, weights shape: ${s.shape}.`);let a={x:n,weights:s},c={size:t,binaryOutput:o};return N.runKernel($a,a,c)}var E_,$_=I(()=>{V();Y();B();Z();O();E_=_({denseBincount_:Lj})});function Wj(r,e,t="NHWC"){let o=k(r,"x","depthToSpace","float32"),n=t==="NHWC"?o.shape[1]:o.shape[2],s=t==="NHWC"?o.shape[2]:o.shape[3],a=t==="NHWC"?o.shape[3]:o.shape[1];E(e>1,()=>`blockSize should be > 1 for depthToSpace, but was: ${e}`),E(n*e>=0,()=>`Negative dimension size caused by overflow when multiplying
    ${n} and ${e}  for depthToSpace with input shape
    ${o.shape}`),E(s*e>=0,()=>`Negative dimension size caused by overflow when multiplying
    ${s} and ${e} for depthToSpace with input shape
        ${o.shape}`),E(a%(e*e)===0,()=>`Dimension size must be evenly divisible by ${e*e} but is ${a} for depthToSpace with input shape ${o.shape}`);let c={x:o},u={blockSize:e,dataFormat:t};return N.runKernel(Dn,c,u)}var A_,R_=I(()=>{V();Y();B();Z();O();A_=_({depthToSpace_:Wj})});function Vj(r,e,t,o,n="NHWC",s=[1,1],a){let c=k(r,"x","depthwiseConv2d","float32"),u=k(e,"filter","depthwiseConv2d","float32"),i=c,l=!1;c.rank===3&&(l=!0,i=z(c,[1,c.shape[0],c.shape[1],c.shape[2]])),E(i.rank===4,()=>`Error in depthwiseConv2d: input must be rank 4, but got rank ${i.rank}.`),E(u.rank===4,()=>`Error in depthwiseConv2d: filter must be rank 4, but got rank ${u.rank}.`);let p=n==="NHWC"?i.shape[3]:i.shape[1];E(p===u.shape[2],()=>`Error in depthwiseConv2d: number of input channels (${p}) must match the inChannels dimension in filter ${u.shape[2]}.`),Lt("depthwiseConv2d",o,a);let m={x:i,filter:u},f={strides:t,pad:o,dataFormat:n,dilations:s,dimRoundingMode:a},d=N.runKernel(Fn,m,f);return l?z(d,[d.shape[1],d.shape[2],d.shape[3]]):d}var Bl,id=I(()=>{V();Y();B();Z();Pr();O();We();Bl=_({depthwiseConv2d_:Vj})});function Gj(r){let t={x:k(r,"x","diag")};return N.runKernel(Aa,t)}var D_,F_=I(()=>{V();Y();B();O();D_=_({diag_:Gj})});function Uj(r,e,t,o,n=[1,1],s="NHWC"){let a=k(r,"x","dilation2d"),c=k(e,"filter","dilation2d");E(a.rank===3||a.rank===4,()=>`Error in dilation2d: input must be rank 3 or 4, but got rank ${a.rank}.`),E(c.rank===3,()=>`Error in dilation2d: filter must be rank 3, but got rank ${c.rank}.`),E(s==="NHWC",()=>`Error in dilation2d: Only NHWC is currently supported, but got dataFormat of ${s}`);let u=a,i=!1;a.rank===3&&(u=z(a,[1,a.shape[0],a.shape[1],a.shape[2]]),i=!0),E(u.shape[3]===c.shape[2],()=>`Error in dilation2d:  input and filter must have the same depth: ${u.shape[3]} vs ${c.shape[2]}`);let l={x:u,filter:c},p={strides:t,pad:o,dilations:n},m=N.runKernel(Mn,l,p);return i?z(m,[m.shape[1],m.shape[2],m.shape[3]]):m}var M_,P_=I(()=>{V();Y();B();Z();O();We();M_=_({dilation2d_:Uj})});var Or={};nr(Or,{assertAndGetBroadcastShape:()=>ot,getBroadcastDims:()=>O_,getReductionAxes:()=>cd});function O_(r,e){let t=r.length,o=[];for(let n=0;n<t;n++){let s=t-1-n,a=r[s]||1;(e[e.length-1-n]||1)>1&&a===1&&o.unshift(s)}return o}function cd(r,e){let t=[];for(let o=0;o<e.length;o++){let n=r[r.length-o-1],s=e.length-o-1,a=e[s];(n==null||n===1&&a>1)&&t.unshift(s)}return t}function ot(r,e){let t=Math.max(r.length,e.length),o=new Array(t);for(let n=0;n<t;n++){let s=r[r.length-n-1];s==null&&(s=1);let a=e[e.length-n-1];if(a==null&&(a=1),s===1)o[t-n-1]=a;else if(a===1)o[t-n-1]=s;else if(s!==a){let c=`Operands could not be broadcast together with shapes ${r} and ${e}.`;throw Error(c)}else o[t-n-1]=s}return o}var er=I(()=>{});function zj(r,e){let t=k(r,"a","equal","string_or_numeric"),o=k(e,"b","equal","string_or_numeric");[t,o]=Oe(t,o),ot(t.shape,o.shape);let n={a:t,b:o};return N.runKernel(On,n)}var ud,Mv=I(()=>{V();Y();It();B();er();O();ud=_({equal_:zj})});function Hj(r,e,t){let o=k(e,"a","where"),n=k(t,"b","where"),s=k(r,"condition","where","bool"),a=ot(ot(s.shape,o.shape),n.shape),c=cc(s,a),u=cc(o,a),i=cc(n,a),l={condition:c,t:u,e:i};return N.runKernel(Ya,l)}var lo,Ll=I(()=>{V();Y();B();Dv();er();O();lo=_({where_:Hj})});function qj(r){let t={x:k(r,"x","zerosLike")};return N.runKernel(mi,t)}var Xt,wi=I(()=>{V();Y();B();O();Xt=_({zerosLike_:qj})});function Kj(r,e){let t=k(r,"a","div"),o=k(e,"b","div");[t,o]=Oe(t,o);let n=Ue(t,o),s=Xt(n),a=ud(o,s);return lo(a,s,n)}var B_,L_=I(()=>{It();B();Mr();Mv();O();Ll();wi();B_=_({divNoNan_:Kj})});function jj(r,e){let t=k(r,"t1","dot"),o=k(e,"t2","dot");E((t.rank===1||t.rank===2)&&(o.rank===1||o.rank===2),()=>`Error in dot: inputs must all be rank 1 or 2, but got ranks ${t.rank} and ${o.rank}.`);let n=t.rank===1?t.size:t.shape[1],s=o.rank===1?o.size:o.shape[0];if(E(n===s,()=>`Error in dot: inner dimensions of inputs must match, but got ${n} and ${s}.`),t.rank===1&&o.rank===1){let a=z(t,[1,-1]),c=z(o,[-1,1]),u=Ke(a,c);return z(u,[])}else if(t.rank===1&&o.rank===2){let a=z(t,[1,-1]),c=z(o,[o.shape[0],o.shape[1]]),u=Ke(a,c);return z(u,[u.size])}else if(t.rank===2&&o.rank===1){let a=z(o,[-1,1]),c=Ke(t,a);return z(c,[c.size])}else{let a=z(o,[o.shape[0],o.shape[1]]);return Ke(t,a)}}var W_,V_=I(()=>{B();Z();yi();O();We();W_=_({dot_:jj})});function Xj(r,...e){let t=e.map((n,s)=>k(n,`tensors${s}`,"einsum")),o={equation:r};return N.runKernel(Yc,t,o)}var lc,Pv=I(()=>{V();Y();B();O();lc=_({einsum_:Xj})});function Yj(r){let t={x:k(r,"x","elu","float32")};return N.runKernel("Elu",t)}var ld,Ov=I(()=>{V();B();O();ld=_({elu_:Yj})});function Jj(r,e){let t=k(r,"x","ensureShape","string_or_numeric");if(!$w(t.shape,e))throw new Error(`EnsureShape: Shape of tensor ${t.shape} is not compatible with expected shape ${e}`);return r}var G_,U_=I(()=>{B();Zt();O();G_=_({ensureShape_:Jj})});function Zj(r){let e=k(r,"x","erf");E(e.dtype==="int32"||e.dtype==="float32",()=>"Input dtype must be `int32` or `float32`."),e.dtype==="int32"&&(e=qe(e,"float32"));let t={x:e};return N.runKernel("Erf",t)}var z_,H_=I(()=>{V();B();Z();gr();O();z_=_({erf_:Zj})});function Bv(r,e){for(let t=0;t<r.length;++t)if(r[r.length-t-1]!==e-1-t)return!1;return!0}function q_(r,e,t){let o=r.length+e.length,n=[],s=0,a=0;for(let c=0;c<o;c++)t.indexOf(c)===-1?n.push(r[s++]):n.push(e[a++]);return n}function Qj(r,e){let t=[],o=r.length;for(let s=0;s<o;s++)e.indexOf(s)===-1&&t.push(r[s]);let n=e.map(s=>r[s]);return[t,n]}function vi(r,e){let t=e.map(o=>1);return q_(r,t,e)}function e5(r,e,t){E(Bv(e,t),()=>`${r} supports only inner-most axes for now. Got axes ${e} and rank-${t} input.`)}function t5(r,e){if(Bv(r,e))return null;let t=[];for(let o=0;o<e;++o)r.indexOf(o)===-1&&t.push(o);return r.forEach(o=>t.push(o)),t}function r5(r){return r.map((e,t)=>[t,e]).sort((e,t)=>e[1]-t[1]).map(e=>e[0])}function o5(r,e){let t=[];for(let o=e-r;o<e;++o)t.push(o);return t}var Wl=I(()=>{Z();});function s5(r,e=null,t=!1){let n={x:k(r,"x","max")},s={reductionIndices:e,keepDims:t};return N.runKernel("Max",n,s)}var ko,em=I(()=>{V();B();O();ko=_({max_:s5})});function a5(r,e=null,t=!1){let n={x:k(r,"x","min")},s={axis:e,keepDims:t};return N.runKernel("Min",n,s)}var tm,Lv=I(()=>{V();B();O();tm=_({min_:a5})});function i5(r,e){let t=k(r,"base","pow"),o=k(e,"exp","pow");[t,o]=Oe(t,o);let n={a:t,b:o};return N.runKernel("Pow",n)}var Ii,rm=I(()=>{V();It();B();O();Ii=_({pow_:i5})});function De(r,e){if((Mt(r)&&e!=="string"||Array.isArray(r))&&e!=="complex64")throw new Error("Error creating a new Scalar: value must be a primitive (number|boolean|string)");if(e==="string"&&Mt(r)&&!(r instanceof Uint8Array))throw new Error("When making a scalar from encoded string, the value must be `Uint8Array`.");return $r(r,[],[],e)}var Sr=I(()=>{Z();hi();});function c5(r){let t={x:k(r,"x","sqrt","float32")};return N.runKernel(Fs,t)}var Br,Vl=I(()=>{V();Y();B();O();Br=_({sqrt_:c5})});function u5(r){let e=k(r,"x","square"),t={};return N.runKernel("Square",{x:e},t)}var Gt,Ci=I(()=>{V();B();O();Gt=_({square_:u5})});function l5(r,e=null,t=!1){let o=k(r,"x","sum");o.dtype==="bool"&&(o=qe(o,"int32"));let n={x:o},s={axis:e,keepDims:t};return N.runKernel("Sum",n,s)}var et,Jo=I(()=>{V();B();gr();O();et=_({sum_:l5})});function p5(r,e="euclidean",t=null,o=!1){r=k(r,"x","norm");let n=K_(r,e,t),s=n.shape;if(o){let a=zi(t,r.shape);s=vi(n.shape,a)}return z(n,s)}function K_(r,e,t=null){if(r.rank===0)return ir(r);if(r.rank!==1&&t===null)return K_(z(r,[-1]),e,t);if(r.rank===1||typeof t=="number"||Array.isArray(t)&&t.length===1){if(e===1)return et(ir(r),t);if(e===1/0)return ko(ir(r),t);if(e===-1/0)return tm(ir(r),t);if(e==="euclidean"||e===2)return Br(et(Ii(ir(r),De(2,"int32")),t));throw new Error(`Error in norm: invalid ord value: ${e}`)}if(Array.isArray(t)&&t.length===2){if(e===1)return ko(et(ir(r),t[0]),t[1]-1);if(e===1/0)return ko(et(ir(r),t[1]),t[0]);if(e===-1/0)return tm(et(ir(r),t[1]),t[0]);if(e==="fro"||e==="euclidean")return Br(et(Gt(r),t));throw new Error(`Error in norm: invalid ord value: ${e}`)}throw new Error(`Error in norm: invalid axis: ${t}`)}var vu,om=I(()=>{B();Z();xu();Wl();em();Lv();O();rm();We();Sr();Vl();Ci();Jo();vu=_({norm_:p5})});function m5(r,e=null,t=!1){return vu(r,"euclidean",e,t)}var j_,X_=I(()=>{om();O();j_=_({euclideanNorm_:m5})});function f5(r){let t={x:k(r,"x","exp")};return N.runKernel("Exp",t)}var Lr,Gl=I(()=>{V();B();O();Lr=_({exp_:f5})});function d5(r,e=0){let t=k(r,"x","expandDims","string_or_numeric");E(e<=t.rank,()=>"Axis must be <= rank of the tensor");let o={input:t},n={dim:e};return N.runKernel(Ma,o,n)}var Zo,pd=I(()=>{V();Y();B();Z();O();Zo=_({expandDims_:d5})});function h5(r){let t={x:k(r,"x","expm1")};return N.runKernel(Bn,t)}var Y_,J_=I(()=>{V();Y();B();O();Y_=_({expm1_:h5})});function g5(r,e){let t=k(r,"x","tile","string_or_numeric");E(t.rank===e.length,()=>`Error in transpose: rank of input ${t.rank} must match length of reps ${e}.`);let o={x:t},n={reps:e};return N.runKernel(xo,o,n)}var pc,md=I(()=>{V();Y();B();Z();O();pc=_({tile_:g5})});function x5(r,e,t,o="float32"){e==null&&(e=r);let n=be([r,e],o),s=r<=e?r:e;for(let c=0;c<s;++c)n.set(1,c,c);let a=z(n.toTensor(),[r,e]);if(t==null)return a;if(t.length===1)return pc(Zo(a,0),[t[0],1,1]);if(t.length===2)return pc(Zo(Zo(a,0),0),[t[0],t[1],1,1]);if(t.length===3)return pc(Zo(Zo(Zo(a,0),0),0),[t[0],t[1],t[2],1,1]);throw new Error(`eye() currently supports only 1D and 2D batchShapes, but received ${t.length}D.`)}var fd,Wv=I(()=>{bi();pd();O();We();md();fd=_({eye_:x5})});function b5(r){let t={x:k(r,"x","floor","float32")};return N.runKernel(Wn,t)}var dd,Vv=I(()=>{V();Y();B();O();dd=_({floor_:b5})});function y5(r,e,t=0,o=0){let n=k(r,"x","gather"),s=k(e,"indices","gather","int32"),a={x:n,indices:s},c={axis:t,batchDims:o};return N.runKernel(Oa,a,c)}var mc,Gv=I(()=>{V();Y();B();O();mc=_({gather_:y5})});function w5(r,e){let t=k(r,"a","greater","string_or_numeric"),o=k(e,"b","greater","string_or_numeric");[t,o]=Oe(t,o),ot(t.shape,o.shape);let n={a:t,b:o};return N.runKernel(zn,n)}var Iu,hd=I(()=>{V();Y();It();B();er();O();Iu=_({greater_:w5})});function v5(r,e){let t=k(r,"a","greaterEqual","string_or_numeric"),o=k(e,"b","greaterEqual","string_or_numeric");[t,o]=Oe(t,o),ot(t.shape,o.shape);let n={a:t,b:o};return N.runKernel(Hn,n)}var gd,Uv=I(()=>{V();Y();It();B();er();O();gd=_({greaterEqual_:v5})});function I5(r){let t={input:k(r,"input","imag")};return N.runKernel(Zc,t)}var fc,nm=I(()=>{V();Y();B();O();fc=_({imag_:I5})});function C5(r){let t={x:k(r,"x","isFinite")};return N.runKernel(qn,t)}var Z_,Q_=I(()=>{V();Y();B();O();Z_=_({isFinite_:C5})});function S5(r){let t={x:k(r,"x","isInf")};return N.runKernel(Kn,t)}var eT,tT=I(()=>{V();Y();B();O();eT=_({isInf_:S5})});function k5(r){let t={x:k(r,"x","isNaN")};return N.runKernel(jn,t)}var rT,oT=I(()=>{V();Y();B();O();rT=_({isNaN_:k5})});function _5(r,e=.2){let o={x:k(r,"x","leakyRelu")},n={alpha:e};return N.runKernel(Xn,o,n)}var xd,zv=I(()=>{V();Y();B();O();xd=_({leakyRelu_:_5})});function T5(r,e){let t=k(r,"a","less","string_or_numeric"),o=k(e,"b","less","string_or_numeric");[t,o]=Oe(t,o),ot(t.shape,o.shape);let n={a:t,b:o};return N.runKernel(Yn,n)}var sm,Hv=I(()=>{V();Y();It();B();er();O();sm=_({less_:T5})});function N5(r,e){let t=k(r,"a","lessEqual","string_or_numeric"),o=k(e,"b","lessEqual","string_or_numeric");[t,o]=Oe(t,o),ot(t.shape,o.shape);let n={a:t,b:o};return N.runKernel(Jn,n)}var Ul,bd=I(()=>{V();Y();It();B();er();O();Ul=_({lessEqual_:N5})});function nT(r,e,t){if(t<=0)throw new Error("The number of values should be positive.");let o={start:r,stop:e,num:t};return N.runKernel(Zn,{},o)}var sT=I(()=>{V();Y();});function E5(r,e=5,t=1,o=1,n=.5){let s=k(r,"x","localResponseNormalization");E(s.rank===4||s.rank===3,()=>`Error in localResponseNormalization: x must be rank 3 or 4 but got
               rank ${s.rank}.`),E(ya(e),()=>`Error in localResponseNormalization: depthRadius must be an integer but got depthRadius ${e}.`);let a=s,c=!1;s.rank===3&&(c=!0,a=z(s,[1,s.shape[0],s.shape[1],s.shape[2]]));let u={x:a},i={depthRadius:e,bias:t,alpha:o,beta:n},l=N.runKernel("LRN",u,i);return c?z(l,[l.shape[1],l.shape[2],l.shape[3]]):l}var aT,iT=I(()=>{V();B();Z();O();We();aT=_({localResponseNormalization_:E5})});function $5(r){let t={x:k(r,"x","log","float32")};return N.runKernel("Log",t)}var Qo,am=I(()=>{V();B();O();Qo=_({log_:$5})});function A5(r){let t={x:k(r,"x","log1p")};return N.runKernel(Qn,t)}var yd,qv=I(()=>{V();Y();B();O();yd=_({log1p_:A5})});function cT(r){return E(ln(r),()=>"The f passed in grad(f) must be a function"),(e,t)=>{let o=k(e,"x","tf.grad","string_or_numeric"),n=t!=null?k(t,"dy","tf.grad"):null;return N.tidy(()=>{let{value:s,grads:a}=N.gradients(()=>r(o),[o],n);return n!=null&&xt(s.shape,n.shape,"The shape of dy passed in grad(f)(x, dy) must match the shape returned by f(x)"),vd(a),a[0]})}}function uT(r){return E(ln(r),()=>"The f passed in grads(f) must be a function"),(e,t)=>{E(Array.isArray(e),()=>"The args passed in grads(f)(args) must be an array of `Tensor`s or `TensorLike`s");let o=di(e,"args","tf.grads","string_or_numeric"),n=t!=null?k(t,"dy","tf.grads"):null;return N.tidy(()=>{let{value:s,grads:a}=N.gradients(()=>r(...o),o,n);return n!=null&&xt(s.shape,n.shape,"The shape of dy passed in grads(f)([x1,...], dy) must match the shape returned by f([x1,...])"),vd(a),a})}}function lT(r){return E(ln(r),()=>"The f passed in valueAndGrad(f) must be a function"),(e,t)=>{E(e instanceof mt,()=>"The x passed in valueAndGrad(f)(x) must be a tensor"),E(t==null||t instanceof mt,()=>"The dy passed in valueAndGrad(f)(x, dy) must be a tensor");let{grads:o,value:n}=N.gradients(()=>r(e),[e],t);return vd(o),{grad:o[0],value:n}}}function pT(r){return E(ln(r),()=>"The f passed in valueAndGrads(f) must be a function"),(e,t)=>{E(Array.isArray(e)&&e.every(n=>n instanceof mt),()=>"The args passed in valueAndGrads(f)(args) must be array of tensors"),E(t==null||t instanceof mt,()=>"The dy passed in valueAndGrads(f)(args, dy) must be a tensor");let o=N.gradients(()=>r(...e),e,t);return t!=null&&xt(o.value.shape,t.shape,"The shape of dy passed in valueAndGrads(f)([x1,...], dy) must match the shape returned by f([x1,...])"),vd(o.grads),o}}function wd(r,e){E(ln(r),()=>"The f passed in variableGrads(f) must be a function"),E(e==null||Array.isArray(e)&&e.every(i=>i instanceof Hs),()=>"The varList passed in variableGrads(f, varList) must be an array of variables");let t=e!=null;if(!t){e=[];for(let i in N.registeredVariables)e.push(N.registeredVariables[i])}let o=t?e.filter(i=>!i.trainable):null,n=e.length;e=e.filter(i=>i.trainable),E(e.length>0,()=>`variableGrads() expects at least one of the input variables to be trainable, but none of the ${n} variables is trainable.`);let s=!0,{value:a,grads:c}=N.gradients(r,e,null,s);E(c.some(i=>i!=null),()=>"Cannot find a connection between any variable and the result of the loss function y=f(x). Please make sure the operations that use variables are inside the function f passed to minimize()."),E(a.rank===0,()=>`The f passed in variableGrads(f) must return a scalar, but it returned a rank-${a.rank} tensor`);let u={};return e.forEach((i,l)=>{c[l]!=null&&(u[i.name]=c[l])}),o?.forEach(i=>u[i.name]=null),{value:a,grads:u}}function kr(r){return N.customGrad(r)}function vd(r){if(r.filter(t=>t==null).length>0)throw new Error(`Cannot compute gradient of y=f(x) with respect to x. Make sure that
    the f you passed encloses all operations that lead from x to y.`)}var Si=I(()=>{V();co();B();Z();});function R5(r){let t={x:k(r,"x","neg")};return N.runKernel("Neg",t)}var xr,ki=I(()=>{V();B();O();xr=_({neg_:R5})});function D5(r){let t={x:k(r,"x","softplus")};return N.runKernel(Ds,t)}var Id,Kv=I(()=>{V();Y();B();O();Id=_({softplus_:D5})});function F5(r){let e=k(r,"x","logSigmoid");return kr(o=>({value:xr(Id(xr(o))),gradFunc:a=>te(a,uo(xr(o)))}))(e)}var mT,fT=I(()=>{Si();B();Ct();ki();O();Jp();Kv();mT=_({logSigmoid_:F5})});function M5(r,e){let t=k(r,"a","sub"),o=k(e,"b","sub");[t,o]=Oe(t,o);let n={a:t,b:o};return N.runKernel("Sub",n)}var Ce,tr=I(()=>{V();It();B();O();Ce=_({sub_:M5})});function P5(r,e=-1){let t=k(r,"logits","logSoftmax");if(e===-1&&(e=t.rank-1),e!==t.rank-1)throw Error(`Log Softmax along a non-last dimension is not yet supported. Logits was rank ${t.rank} and axis was ${e}`);return kr((n,s)=>{let c=ko(n,e,!0),u=Ce(n,c),i=Ce(qe(u,"float32"),Qo(et(Lr(u),e,!0)));return s([i]),{value:i,gradFunc:(p,m)=>{let[f]=m,d=!0,h=Lr(f);return Ce(p,te(et(p,e,d),h))}}})(t)}var dT,hT=I(()=>{Si();B();gr();Gl();am();em();Ct();O();tr();Jo();dT=_({logSoftmax_:P5})});function O5(r,e=null,t=!1){let o=k(r,"x","logSumExp"),n=zi(e,o.shape),s=ko(o,n,!0),a=Ce(o,s),c=Lr(a),u=et(c,n),i=Qo(u),l=fe(z(s,i.shape),i);if(t){let p=vi(l.shape,n);return z(l,p)}return l}var Cd,jv=I(()=>{B();Z();jt();Wl();Gl();am();em();O();We();tr();Jo();Cd=_({logSumExp_:O5})});function B5(r,e){let t=k(r,"a","logicalAnd","bool"),o=k(e,"b","logicalAnd","bool");ot(t.shape,o.shape);let n={a:t,b:o};return N.runKernel(es,n)}var Cu,Sd=I(()=>{V();Y();B();er();O();Cu=_({logicalAnd_:B5})});function L5(r){let t={x:k(r,"x","logicalNot","bool")};return N.runKernel(ts,t)}var kd,Xv=I(()=>{V();Y();B();O();kd=_({logicalNot_:L5})});function W5(r,e){let t=k(r,"a","logicalOr","bool"),o=k(e,"b","logicalOr","bool");ot(t.shape,o.shape);let n={a:t,b:o};return N.runKernel(rs,n)}var _d,Yv=I(()=>{V();Y();B();er();O();_d=_({logicalOr_:W5})});function V5(r,e){let t=k(r,"a","logicalXor","bool"),o=k(e,"b","logicalXor","bool");return ot(t.shape,o.shape),Cu(_d(r,e),kd(Cu(r,e)))}var gT,xT=I(()=>{B();er();Sd();Xv();Yv();O();gT=_({logicalXor_:V5})});function G5(r,e,t="left"){let o=k(r,"sortedSequence","searchSorted"),n=k(e,"values","searchSorted"),s=o.shape[o.shape.length-1],a=n.shape[n.shape.length-1],c=z(o,[-1,s]),u=z(n,[-1,a]);if(c.rank<2)throw new Error("Sorted input argument must be at least 2-dimensional");if(c.shape[0]!==u.shape[0])throw new Error("Leading dimension of 'sortedSequence' and 'values' must match.");if(Ge(u.shape)>=Td)throw new Error(`values tensor size must less than ${Td}`);if(c.shape[1]>=Td)throw new Error(`trailing dim_size must less than ${Td} for int32 output type, was ${c.shape[1]}`);let i={sortedSequence:c,values:u},l={side:t};return N.runKernel(Ns,i,l)}var Td,im,Nd=I(()=>{V();Y();B();Zt();O();We();Td=2147483648;im=_({searchSorted_:G5})});function bT(r,e){return im(r,e,"left")}var yT=I(()=>{Nd();});function U5(r,e,t,o,n){let s=k(r,"x","maxPool"),a=1,c=s,u=!1;s.rank===3&&(u=!0,c=z(s,[1,s.shape[0],s.shape[1],s.shape[2]])),E(c.rank===4,()=>`Error in maxPool: input must be rank 4 but got rank ${c.rank}.`),E(Cr(t,a),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${t} and dilations '${a}'`),Lt("maxPool",o,n);let i={x:c},l={filterSize:e,strides:t,pad:o,dimRoundingMode:n},p=N.runKernel(ns,i,l);return u?z(p,[p.shape[1],p.shape[2],p.shape[3]]):p}var Ed,Jv=I(()=>{V();Y();B();Z();Pr();O();We();Ed=_({maxPool_:U5})});function z5(r,e=[1,1,1],t,o,n,s="NDHWC"){let a=k(r,"x","maxPool3d"),c=a,u=!1;a.rank===4&&(u=!0,c=z(a,[1,a.shape[0],a.shape[1],a.shape[2],a.shape[3]])),E(c.rank===5,()=>`Error in maxPool3d: x must be rank 5 but got rank ${c.rank}.`),E(s==="NDHWC",()=>`Error in maxPool3d: Only NDHWC is currently supported, but got dataFormat of ${s}`),Lt("maxPool3d",o,n);let i={x:c},l={filterSize:e,strides:t,pad:o,dimRoundingMode:n,dataFormat:s},p=N.runKernel(Va,i,l);return u?z(p,[p.shape[1],p.shape[2],p.shape[3],p.shape[4]]):p}var wT,vT=I(()=>{V();Y();B();Z();Pr();O();We();wT=_({maxPool3d_:z5})});function H5(r,e,t,o,n=!1){let a={x:k(r,"x","maxPoolWithArgmax")},c={filterSize:e,strides:t,pad:o,includeBatchInIndex:n},u=N.runKernel(Ga,a,c);return{result:u[0],indexes:u[1]}}var IT,CT=I(()=>{V();Y();B();O();IT=_({maxPoolWithArgmax_:H5})});function q5(r,e){let t=k(r,"a","maximum"),o=k(e,"b","maximum");[t,o]=Oe(t,o),t.dtype==="bool"&&(t=qe(t,"int32"),o=qe(o,"int32")),ot(t.shape,o.shape);let n={a:t,b:o};return N.runKernel(os,n)}var zl,Zv=I(()=>{V();Y();It();B();er();gr();O();zl=_({maximum_:q5})});function K5(r,e=null,t=!1){let n={x:k(r,"x","mean")},s={axis:e,keepDims:t};return N.runKernel(ss,n,s)}var _i,$d=I(()=>{V();Y();B();O();_i=_({mean_:K5})});function _o(r,e="float32"){if(wt(r),e==="complex64"){let o=_o(r,"float32"),n=_o(r,"float32");return Dr(o,n)}let t=yl(Ge(r),e);return N.makeTensor(t,r,e)}var cm=I(()=>{V();Z();oc();});function Qs(r,e="float32"){if(wt(r),e==="complex64"){let o=Qs(r,"float32"),n=_o(r,"float32");return Dr(o,n)}let t=Op(Ge(r),e);return N.makeTensor(t,r,e)}var Ad=I(()=>{V();Z();Zt();oc();cm();});function ST(r,e,{indexing:t="xy"}={}){if(t!=="xy"&&t!=="ij")throw new TypeError(`${t} is not a valid third argument to meshgrid`);if(r===void 0)return[];let o=k(r,"x","meshgrid",r instanceof mt?r.dtype:"float32");if(e===void 0)return[o];let n=k(e,"y","meshgrid",e instanceof mt?e.dtype:"float32"),s=Ge(o.shape),a=Ge(n.shape);return t==="xy"?(o=z(o,[1,-1]),n=z(n,[-1,1]),[Ke(Qs([a,1],o.dtype),o),Ke(n,Qs([1,s],n.dtype))]):(o=z(o,[-1,1]),n=z(n,[1,-1]),[Ke(o,Qs([1,a],o.dtype)),Ke(Qs([s,1],n.dtype),n)])}var kT=I(()=>{yi();Ad();We();co();B();Zt();});function j5(r,e){let t=k(r,"a","minimum"),o=k(e,"b","minimum");[t,o]=Oe(t,o),t.dtype==="bool"&&(t=qe(t,"int32"),o=qe(o,"int32")),ot(t.shape,o.shape);let n={a:t,b:o};return N.runKernel(as,n)}var Ti,Rd=I(()=>{V();Y();It();B();er();gr();O();Ti=_({minimum_:j5})});function X5(r,e,t){E(t==="reflect"||t==="symmetric",()=>`Invalid mode. Mode must be either reflect or symmetric. Got ${t}.`);let o=k(r,"x","mirrorPad");if(o.rank===0)throw new Error("mirrorPad(scalar) is not defined. Pass non-scalar to mirrorPad");E(e.length===o.rank,()=>`Padding doesn't match input. Must be ${o.rank}. Got ${e.length}.`);let n=t==="reflect"?1:0;for(let c=0;c<o.rank;c++)E(e[c].length===2,()=>"Invalid number of paddings. Must be length of 2 each."),E(e[c][0]>=0&&e[c][0]<=o.shape[c]-n&&e[c][1]>=0&&e[c][1]<=o.shape[c]-n,()=>`Padding in dimension ${c} cannot be greater than or equal to ${o.shape[c]-n} or less than 0 for input of shape ${o.shape}`);let s={paddings:e,mode:t},a={x:o};return N.runKernel(is,a,s)}var _T,TT=I(()=>{V();Y();B();Z();O();_T=_({mirrorPad_:X5})});function Y5(r,e){let t=k(r,"a","mod"),o=k(e,"b","mod");[t,o]=Oe(t,o);let n={a:t,b:o};return N.runKernel("Mod",n)}var NT,ET=I(()=>{V();It();B();O();NT=_({mod_:Y5})});function J5(r,e=null,t=!1){r=k(r,"x","moments");let o=zi(e,r.shape),n=_i(r,o,t),s=n.shape;t||(s=vi(n.shape,o));let a=Gt(Ce(qe(r,"float32"),z(n,s))),c=_i(a,o,t);return{mean:n,variance:c}}var $T,AT=I(()=>{B();Z();Wl();gr();$d();O();We();Ci();tr();$T=_({moments_:J5})});function Z5(r,e,t,o){let n=k(e,"data","multiRNNCell"),s=di(t,"c","multiRNNCell"),a=di(o,"h","multiRNNCell"),c=n,u=[];for(let p=0;p<r.length;p++){let m=r[p](c,s[p],a[p]);u.push(m[0]),u.push(m[1]),c=m[1]}let i=[],l=[];for(let p=0;p<u.length;p+=2)i.push(u[p]),l.push(u[p+1]);return[i,l]}var RT,DT=I(()=>{B();O();RT=_({multiRNNCell_:Z5})});function Q5(r,e,t,o=!1){let n=k(r,"logits","multinomial"),s=n.size,a=n.rank;if(s<2)throw new Error(`Error in multinomial: you need at least 2 outcomes, but got ${s}.`);if(a>2)throw new Error(`Rank of probabilities must be 1 or 2, but is ${a}`);t=t||Math.random();let u={logits:a===1?z(n,[1,-1]):n},i={numSamples:e,seed:t,normalized:o},l=N.runKernel(cs,u,i);return a===1?z(l,[l.size]):l}var FT,MT=I(()=>{V();Y();B();O();We();FT=_({multinomial_:Q5})});function eX(r,e){let t=k(r,"a","notEqual","string_or_numeric"),o=k(e,"b","notEqual","string_or_numeric");[t,o]=Oe(t,o),ot(t.shape,o.shape);let n={a:t,b:o};return N.runKernel(ls,n)}var Dd,Qv=I(()=>{V();Y();It();B();er();O();Dd=_({notEqual_:eX})});function tX(r,e,t=1,o=0,n="int32"){if(e<2)throw new Error(`Error in oneHot: depth must be >=2, but it is ${e}`);let a={indices:k(r,"indices","oneHot","int32")},c={dtype:n,depth:e,onValue:t,offValue:o};return N.runKernel(ds,a,c)}var um,eI=I(()=>{V();Y();B();O();um=_({oneHot_:tX})});function rX(r){let t={x:k(r,"x","onesLike")};return N.runKernel(Ha,t)}var PT,OT=I(()=>{V();Y();B();O();PT=_({onesLike_:rX})});function oX(r,e){let t=k(r,"v1","outerProduct"),o=k(e,"v2","outerProduct");E(t.rank===1&&o.rank===1,()=>`Error in outerProduct: inputs must be rank 1, but got ranks ${t.rank} and ${o.rank}.`);let n=z(t,[-1,1]),s=z(o,[1,-1]);return Ke(n,s)}var BT,LT=I(()=>{B();Z();yi();O();We();BT=_({outerProduct_:oX})});function nX(r,e,t=0){let o=k(r,"x","pad");if(o.rank===0)throw new Error("pad(scalar) is not defined. Pass non-scalar to pad");let n={paddings:e,constantValue:t},s={x:o};return N.runKernel(hs,s,n)}var ea,Hl=I(()=>{V();Y();B();O();ea=_({pad_:nX})});function sX(r,e,t=0){return E(e.length===2,()=>"Invalid number of paddings. Must be length of 2."),ea(r,[e],t)}var WT,VT=I(()=>{Z();O();Hl();WT=_({pad1d_:sX})});function aX(r,e,t=0){return E(e.length===2&&e[0].length===2&&e[1].length===2,()=>"Invalid number of paddings. Must be length of 2 each."),ea(r,e,t)}var GT,UT=I(()=>{Z();O();Hl();GT=_({pad2d_:aX})});function iX(r,e,t=0){return E(e.length===3&&e[0].length===2&&e[1].length===2&&e[2].length===2,()=>"Invalid number of paddings. Must be length of 2 each."),ea(r,e,t)}var zT,HT=I(()=>{Z();O();Hl();zT=_({pad3d_:iX})});function cX(r,e,t=0){return E(e.length===4&&e[0].length===2&&e[1].length===2&&e[2].length===2&&e[3].length===2,()=>"Invalid number of paddings. Must be length of 2 each."),ea(r,e,t)}var qT,KT=I(()=>{Z();O();Hl();qT=_({pad4d_:cX})});function uX(r,e,t){let o=k(r,"x","spaceToBatchND");E(o.rank>=1+e.length,()=>`input rank ${o.rank} should be > than [blockShape] ${e.length}`),E(t.length===e.length,()=>`paddings.shape[0] ${t.length} must be equal to [blockShape] ${e.length}`),E(o.shape.reduce((a,c,u)=>u>0&&u<=e.length?a&&(c+t[u-1][0]+t[u-1][1])%e[u-1]===0:a,!0),()=>`input spatial dimensions ${o.shape.slice(1)} with paddings ${t.toString()} must be divisible by blockShapes ${e.toString()}`);let n={x:o},s={blockShape:e,paddings:t};return N.runKernel(ei,n,s)}var Fd,tI=I(()=>{V();Y();B();Z();O();Fd=_({spaceToBatchND_:uX})});function lX(r,e,t,o,n,s,a){n==null&&(n=[1,1]),s==null&&(s=1),o===0&&(o="valid");let c=k(r,"x","maxPool"),u=c,i=!1;c.rank===3&&(i=!0,u=z(c,[1,c.shape[0],c.shape[1],c.shape[2]])),E(Cr(s,n),()=>`Error in pool: Either strides or dilations must be 1. Got strides ${s} and dilations '${n}'`);let l=Tv(u.shape,e,s,n,o),p=[l.dilationHeight,l.dilationWidth],m;o==="same"?m=mX([l.filterHeight,l.filterWidth],p):m=[[0,0],[0,0]];let f=p[0]===1&&p[1]===1,[d,h]=pX([l.inHeight,l.inWidth],p,m),g=f?o:"valid",x=f?u:Fd(u,p,d),w=(t==="avg"?()=>od(x,e,s,g,a):()=>Ed(x,e,s,g,a))(),C=f?w:nd(w,p,h);return i?z(C,[C.shape[1],C.shape[2],C.shape[3]]):C}function pX(r,e,t){let o=t.map(l=>l[0]),n=t.map(l=>l[1]),s=r.concat(o,n),a=e.map((l,p)=>(l-s[p]%l)%l),c=n.map((l,p)=>l+a[p]),u=e.map((l,p)=>[o[p],c[p]]),i=e.map((l,p)=>[0,a[p]]);return[u,i]}function mX(r,e){let o=r.map((a,c)=>a+(a-1)*(e[c]-1)).map(a=>a-1),n=o.map(a=>Math.floor(a/2)),s=o.map((a,c)=>a-n[c]);return o.map((a,c)=>[n[c],s[c]])}var jT,XT=I(()=>{B();Z();Ev();Av();Pr();Jv();O();We();tI();jT=_({pool_:lX})});function fX(r,e){let t=k(r,"x","prelu"),o=k(e,"alpha","prelu"),n={x:t,alpha:o};return N.runKernel(gs,n)}var Md,rI=I(()=>{V();Y();B();O();Md=_({prelu_:fX})});function dX(r,e=null,t=!1){let o=k(r,"x","prod");o.dtype==="bool"&&(o=qe(o,"int32"));let n={x:o},s={axis:e,keepDims:t};return N.runKernel(xs,n,s)}var YT,JT=I(()=>{V();Y();B();gr();O();YT=_({prod_:dX})});function hX(r,e,t,o){let n=r.map((l,p)=>k(l,`tensors${p}`,"raggedGather","int32")),s=k(e,"paramsDenseValues","raggedGather"),a=k(t,"indices","raggedGather","int32"),c={paramsNestedSplits:n,paramsDenseValues:s,indices:a},u={outputRaggedRank:o},i=N.runKernel(tu,c,u);return{outputNestedSplits:i.slice(0,i.length-1),outputDenseValues:i[i.length-1]}}var ZT,QT=I(()=>{V();Y();B();O();ZT=_({raggedGather_:hX})});function gX(r,e,t){let o=k(r,"starts","raggedRange"),n=k(e,"limits","raggedRange",o.dtype),s=k(t,"deltas","raggedRange",o.dtype),a={starts:o,limits:n,deltas:s},c=N.runKernel(ru,a);return{rtNestedSplits:c[0],rtDenseValues:c[1]}}var e2,t2=I(()=>{V();Y();B();O();e2=_({raggedRange_:gX})});function xX(r,e,t,o,n){let s=k(r,"shape","raggedTensorToTensor","int32"),a=k(e,"values","raggedTensorToTensor"),c=k(t,"defaultValue","raggedTensorToTensor",a.dtype),u=o.map((p,m)=>k(p,`tensors${m}`,"raggedTensorToTensor","int32")),i={shape:s,values:a,defaultValue:c,rowPartitionTensors:u},l={rowPartitionTypes:n};return N.runKernel(ou,i,l)}var r2,o2=I(()=>{V();Y();B();O();r2=_({raggedTensorToTensor_:xX})});function bX(r,e,t){wt(r);let o=Ge(r),n=null;if(t==null||t==="float32")n=new Float32Array(o);else if(t==="int32")n=new Int32Array(o);else if(t==="bool")n=new Uint8Array(o);else throw new Error(`Unknown data type ${t}`);for(let s=0;s<o;s++)n[s]=e();return N.makeTensor(n,r,t)}var n2,s2=I(()=>{V();Z();Zt();O();n2=_({rand_:bX})});var i2=Kt((a2,oI)=>{(function(r,e,t){function o(c){var u=this,i=a();u.next=function(){var l=2091639*u.s0+u.c*23283064365386963e-26;return u.s0=u.s1,u.s1=u.s2,u.s2=l-(u.c=l|0)},u.c=1,u.s0=i(" "),u.s1=i(" "),u.s2=i(" "),u.s0-=i(c),u.s0<0&&(u.s0+=1),u.s1-=i(c),u.s1<0&&(u.s1+=1),u.s2-=i(c),u.s2<0&&(u.s2+=1),i=null}function n(c,u){return u.c=c.c,u.s0=c.s0,u.s1=c.s1,u.s2=c.s2,u}function s(c,u){var i=new o(c),l=u&&u.state,p=i.next;return p.int32=function(){return i.next()*4294967296|0},p.double=function(){return p()+(p()*2097152|0)*11102230246251565e-32},p.quick=p,l&&(typeof l=="object"&&n(l,i),p.state=function(){return n(i,{})}),p}function a(){var c=4022871197,u=function(i){i=String(i);for(var l=0;l<i.length;l++){c+=i.charCodeAt(l);var p=.02519603282416938*c;c=p>>>0,p-=c,p*=c,c=p>>>0,p-=c,c+=p*4294967296}return(c>>>0)*23283064365386963e-26};return u}e&&e.exports?e.exports=s:t&&t.amd?t(function(){return s}):this.alea=s})(a2,typeof oI=="object"&&oI,typeof define=="function"&&define)});var u2=Kt((c2,nI)=>{(function(r,e,t){function o(a){var c=this,u="";c.x=0,c.y=0,c.z=0,c.w=0,c.next=function(){var l=c.x^c.x<<11;return c.x=c.y,c.y=c.z,c.z=c.w,c.w^=c.w>>>19^l^l>>>8},a===(a|0)?c.x=a:u+=a;for(var i=0;i<u.length+64;i++)c.x^=u.charCodeAt(i)|0,c.next()}function n(a,c){return c.x=a.x,c.y=a.y,c.z=a.z,c.w=a.w,c}function s(a,c){var u=new o(a),i=c&&c.state,l=function(){return(u.next()>>>0)/4294967296};return l.double=function(){do var p=u.next()>>>11,m=(u.next()>>>0)/4294967296,f=(p+m)/(1<<21);while(f===0);return f},l.int32=u.next,l.quick=l,i&&(typeof i=="object"&&n(i,u),l.state=function(){return n(u,{})}),l}e&&e.exports?e.exports=s:t&&t.amd?t(function(){return s}):this.xor128=s})(c2,typeof nI=="object"&&nI,typeof define=="function"&&define)});var p2=Kt((l2,sI)=>{(function(r,e,t){function o(a){var c=this,u="";c.next=function(){var l=c.x^c.x>>>2;return c.x=c.y,c.y=c.z,c.z=c.w,c.w=c.v,(c.d=c.d+362437|0)+(c.v=c.v^c.v<<4^(l^l<<1))|0},c.x=0,c.y=0,c.z=0,c.w=0,c.v=0,a===(a|0)?c.x=a:u+=a;for(var i=0;i<u.length+64;i++)c.x^=u.charCodeAt(i)|0,i==u.length&&(c.d=c.x<<10^c.x>>>4),c.next()}function n(a,c){return c.x=a.x,c.y=a.y,c.z=a.z,c.w=a.w,c.v=a.v,c.d=a.d,c}function s(a,c){var u=new o(a),i=c&&c.state,l=function(){return(u.next()>>>0)/4294967296};return l.double=function(){do var p=u.next()>>>11,m=(u.next()>>>0)/4294967296,f=(p+m)/(1<<21);while(f===0);return f},l.int32=u.next,l.quick=l,i&&(typeof i=="object"&&n(i,u),l.state=function(){return n(u,{})}),l}e&&e.exports?e.exports=s:t&&t.amd?t(function(){return s}):this.xorwow=s})(l2,typeof sI=="object"&&sI,typeof define=="function"&&define)});var f2=Kt((m2,aI)=>{(function(r,e,t){function o(a){var c=this;c.next=function(){var i=c.x,l=c.i,p,m,f;return p=i[l],p^=p>>>7,m=p^p<<24,p=i[l+1&7],m^=p^p>>>10,p=i[l+3&7],m^=p^p>>>3,p=i[l+4&7],m^=p^p<<7,p=i[l+7&7],p=p^p<<13,m^=p^p<<9,i[l]=m,c.i=l+1&7,m};function u(i,l){var p,m,f=[];if(l===(l|0))m=f[0]=l;else for(l=""+l,p=0;p<l.length;++p)f[p&7]=f[p&7]<<15^l.charCodeAt(p)+f[p+1&7]<<13;for(;f.length<8;)f.push(0);for(p=0;p<8&&f[p]===0;++p);for(p==8?m=f[7]=-1:m=f[p],i.x=f,i.i=0,p=256;p>0;--p)i.next()}u(c,a)}function n(a,c){return c.x=a.x.slice(),c.i=a.i,c}function s(a,c){a==null&&(a=+new Date);var u=new o(a),i=c&&c.state,l=function(){return(u.next()>>>0)/4294967296};return l.double=function(){do var p=u.next()>>>11,m=(u.next()>>>0)/4294967296,f=(p+m)/(1<<21);while(f===0);return f},l.int32=u.next,l.quick=l,i&&(i.x&&n(i,u),l.state=function(){return n(u,{})}),l}e&&e.exports?e.exports=s:t&&t.amd?t(function(){return s}):this.xorshift7=s})(m2,typeof aI=="object"&&aI,typeof define=="function"&&define)});var h2=Kt((d2,iI)=>{(function(r,e,t){function o(a){var c=this;c.next=function(){var i=c.w,l=c.X,p=c.i,m,f;return c.w=i=i+1640531527|0,f=l[p+34&127],m=l[p=p+1&127],f^=f<<13,m^=m<<17,f^=f>>>15,m^=m>>>12,f=l[p]=f^m,c.i=p,f+(i^i>>>16)|0};function u(i,l){var p,m,f,d,h,g=[],x=128;for(l===(l|0)?(m=l,l=null):(l=l+"\0",m=0,x=Math.max(x,l.length)),f=0,d=-32;d<x;++d)l&&(m^=l.charCodeAt((d+32)%l.length)),d===0&&(h=m),m^=m<<10,m^=m>>>15,m^=m<<4,m^=m>>>13,d>=0&&(h=h+1640531527|0,p=g[d&127]^=m+h,f=p==0?f+1:0);for(f>=128&&(g[(l&&l.length||0)&127]=-1),f=127,d=512;d>0;--d)m=g[f+34&127],p=g[f=f+1&127],m^=m<<13,p^=p<<17,m^=m>>>15,p^=p>>>12,g[f]=m^p;i.w=h,i.X=g,i.i=f}u(c,a)}function n(a,c){return c.i=a.i,c.w=a.w,c.X=a.X.slice(),c}function s(a,c){a==null&&(a=+new Date);var u=new o(a),i=c&&c.state,l=function(){return(u.next()>>>0)/4294967296};return l.double=function(){do var p=u.next()>>>11,m=(u.next()>>>0)/4294967296,f=(p+m)/(1<<21);while(f===0);return f},l.int32=u.next,l.quick=l,i&&(i.X&&n(i,u),l.state=function(){return n(u,{})}),l}e&&e.exports?e.exports=s:t&&t.amd?t(function(){return s}):this.xor4096=s})(d2,typeof iI=="object"&&iI,typeof define=="function"&&define)});var x2=Kt((g2,cI)=>{(function(r,e,t){function o(a){var c=this,u="";c.next=function(){var l=c.b,p=c.c,m=c.d,f=c.a;return l=l<<25^l>>>7^p,p=p-m|0,m=m<<24^m>>>8^f,f=f-l|0,c.b=l=l<<20^l>>>12^p,c.c=p=p-m|0,c.d=m<<16^p>>>16^f,c.a=f-l|0},c.a=0,c.b=0,c.c=-1640531527,c.d=1367130551,a===Math.floor(a)?(c.a=a/4294967296|0,c.b=a|0):u+=a;for(var i=0;i<u.length+20;i++)c.b^=u.charCodeAt(i)|0,c.next()}function n(a,c){return c.a=a.a,c.b=a.b,c.c=a.c,c.d=a.d,c}function s(a,c){var u=new o(a),i=c&&c.state,l=function(){return(u.next()>>>0)/4294967296};return l.double=function(){do var p=u.next()>>>11,m=(u.next()>>>0)/4294967296,f=(p+m)/(1<<21);while(f===0);return f},l.int32=u.next,l.quick=l,i&&(typeof i=="object"&&n(i,u),l.state=function(){return n(u,{})}),l}e&&e.exports?e.exports=s:t&&t.amd?t(function(){return s}):this.tychei=s})(g2,typeof cI=="object"&&cI,typeof define=="function"&&define)});var b2=Kt(()=>{});var w2=Kt((y2,Pd)=>{(function(r,e,t){var o=256,n=6,s=52,a="random",c=t.pow(o,n),u=t.pow(2,s),i=u*2,l=o-1,p;function m(w,C,T){var $=[];C=C==!0?{entropy:!0}:C||{};var A=g(h(C.entropy?[w,y(e)]:w??x(),3),$),R=new f($),F=function(){for(var M=R.g(n),L=c,W=0;M<u;)M=(M+W)*o,L*=o,W=R.g(1);for(;M>=i;)M/=2,L/=2,W>>>=1;return(M+W)/L};return F.int32=function(){return R.g(4)|0},F.quick=function(){return R.g(4)/4294967296},F.double=F,g(y(R.S),e),(C.pass||T||function(M,L,W,G){return G&&(G.S&&d(G,R),M.state=function(){return d(R,{})}),W?(t[a]=M,L):M})(F,A,"global"in C?C.global:this==t,C.state)}function f(w){var C,T=w.length,$=this,A=0,R=$.i=$.j=0,F=$.S=[];for(T||(w=[T++]);A<o;)F[A]=A++;for(A=0;A<o;A++)F[A]=F[R=l&R+w[A%T]+(C=F[A])],F[R]=C;($.g=function(M){for(var L,W=0,G=$.i,q=$.j,H=$.S;M--;)L=H[G=l&G+1],W=W*o+H[l&(H[G]=H[q=l&q+L])+(H[q]=L)];return $.i=G,$.j=q,W})(o)}function d(w,C){return C.i=w.i,C.j=w.j,C.S=w.S.slice(),C}function h(w,C){var T=[],$=typeof w,A;if(C&&$=="object")for(A in w)try{T.push(h(w[A],C-1))}catch{}return T.length?T:$=="string"?w:w+"\0"}function g(w,C){for(var T=w+"",$,A=0;A<T.length;)C[l&A]=l&($^=C[l&A]*19)+T.charCodeAt(A++);return y(C)}function x(){try{var w;return p&&(w=p.randomBytes)?w=w(o):(w=new Uint8Array(o),(r.crypto||r.msCrypto).getRandomValues(w)),y(w)}catch{var C=r.navigator,T=C&&C.plugins;return[+new Date,r,T,r.screen,y(e)]}}function y(w){return String.fromCharCode.apply(0,w)}if(g(t.random(),e),typeof Pd=="object"&&Pd.exports){Pd.exports=m;try{p=b2()}catch{}}else typeof define=="function"&&define.amd?define(function(){return m}):t["seed"+a]=m})(typeof self<"u"?self:y2,[],Math)});var uI=Kt((xke,v2)=>{var yX=i2(),wX=u2(),vX=p2(),IX=f2(),CX=h2(),SX=x2(),Su=w2();Su.alea=yX;Su.xor128=wX;Su.xorwow=vX;Su.xorshift7=IX;Su.xor4096=CX;Su.tychei=SX;v2.exports=Su});var fI={};nr(fI,{TEST_EPSILON_FLOAT16:()=>I2,createVideoElement:()=>RX,encodeStrings:()=>C2,expectArrayBuffersEqual:()=>AX,expectArraysClose:()=>_X,expectArraysEqual:()=>NX,expectNumbersClose:()=>EX,expectPromiseToFail:()=>TX,expectValuesInRange:()=>$X,play:()=>DX,testEpsilon:()=>pI});function _X(r,e,t){return t==null&&(t=pI()),lI(r,e,(o,n)=>mI(o,n,t))}function pI(){return N.backend.floatPrecision()===32?kX:I2}function lI(r,e,t){let o=!0;if((Mt(r)||Mt(e))&&(o=!1),Mt(r)&&Mt(e)&&(o=!0),o){let a=r.constructor.name,c=e.constructor.name;if(a!==c)throw new Error(`Arrays are of different type. Actual: ${a}. Expected: ${c}`)}if(Array.isArray(r)&&Array.isArray(e)){let a=dr(r),c=dr(e);if(!Nr(a,c))throw new Error(`Arrays have different shapes. Actual: [${a}]. Expected: [${c}]`)}let n=Mt(r)?r:Ko(r),s=Mt(e)?e:Ko(e);if(n.length!==s.length)throw new Error(`Arrays have different lengths actual: ${n.length} vs expected: ${s.length}.
Actual:   ${n}.
Expected: ${s}.`);for(let a=0;a<s.length;++a){let c=n[a],u=s[a];if(!t(c,u))throw new Error(`Arrays differ: actual[${a}] = ${c}, expected[${a}] = ${u}.
Actual:   ${n}.
Expected: ${s}.`)}typeof expect<"u"&&expect().nothing()}function TX(r,e){r().then(()=>e.fail(),()=>e()),typeof expect<"u"&&expect().nothing()}function NX(r,e){let t=typeof e=="string"||typeof e=="number"||typeof e=="boolean"?[e]:e;return Oo(r)||Oo(r[0])||Oo(e)||Oo(e[0])?lI(r,t,(o,n)=>o==n):lI(r,e,(o,n)=>mI(o,n,0))}function EX(r,e,t){if(t==null&&(t=pI()),!mI(r,e,t))throw new Error(`Numbers differ: actual === ${r}, expected === ${e}`);typeof expect<"u"&&expect().nothing()}function mI(r,e,t){return!isFinite(r)&&!isFinite(e)?!0:!(isNaN(r)||isNaN(e)||Math.abs(r-e)>t)}function $X(r,e,t){for(let o=0;o<r.length;o++)if(r[o]<e||r[o]>t)throw new Error(`Value out of range:${r[o]} low: ${e}, high: ${t}`)}function AX(r,e){let t=new Float32Array(r),o=new Float32Array(e);if(t.length!==o.length)throw new Error(`Expected ArrayBuffer to be of length ${o.length}, but it was ${t.length}`);for(let n=0;n<o.length;n++)if(t[n]!==o[n])throw new Error(`Expected ArrayBuffer value at ${n} to be ${o[n]} but got ${t[n]} instead`)}function C2(r){for(let e=0;e<r.length;e++){let t=r[e];Array.isArray(t)?C2(t):r[e]=tc(t)}return r}function RX(r){let e=document.createElement("video");return"playsInline"in e&&(e.playsInline=!0),e.muted=!0,e.loop=!0,e.style.position="fixed",e.style.left="0px",e.style.top="0px",e.preload="auto",e.appendChild(r),new Promise(t=>{e.addEventListener("loadeddata",o=>t(e)),e.load()})}async function DX(r){await r.play(),"requestVideoFrameCallback"in r&&await new Promise(e=>{r.requestVideoFrameCallback(e)})}var kX,I2,S2=I(()=>{V();B();Z();kX=.001,I2=.1});var Ld,ku,Od,Bd,lm=I(()=>{Ld=Oc(uI());ku=class{constructor(e,t,o,n,s){this.mean=e,this.stdDev=t,this.dtype=o,this.nextVal=NaN,this.truncated=n,this.truncated&&(this.upper=this.mean+this.stdDev*2,this.lower=this.mean-this.stdDev*2);let a=s||Math.random();this.random=Ld.alea(a.toString())}nextValue(){if(!isNaN(this.nextVal)){let n=this.nextVal;return this.nextVal=NaN,n}let e,t,o=!1;for(;!o;){let n,s,a;do n=2*this.random()-1,s=2*this.random()-1,a=n*n+s*s;while(a>=1||a===0);let c=Math.sqrt(-2*Math.log(a)/a);e=this.mean+this.stdDev*n*c,t=this.mean+this.stdDev*s*c,(!this.truncated||this.isValidTruncated(e))&&(o=!0)}return(!this.truncated||this.isValidTruncated(t))&&(this.nextVal=this.convertValue(t)),this.convertValue(e)}convertValue(e){return this.dtype==null||this.dtype==="float32"?e:Math.round(e)}isValidTruncated(e){return e<=this.upper&&e>=this.lower}},Od=class{constructor(e,t,o,n){this.alpha=e,this.beta=1/t,this.dtype=o;let s=n||Math.random();this.randu=Ld.alea(s.toString()),this.randn=new ku(0,1,o,!1,this.randu()),e<1?this.d=e+2/3:this.d=e-1/3,this.c=1/Math.sqrt(9*this.d)}nextValue(){let e,t,o,n,s,a;for(;;){do n=this.randn.nextValue(),a=1+this.c*n;while(a<=0);if(a*=a*a,e=n*n,t=1-.331*e*e,o=.5*e+this.d*(1-a+Math.log(a)),s=this.randu(),s<t||Math.log(s)<o)break}return a=1/this.beta*this.d*a,this.alpha<1&&(a*=Math.pow(this.randu(),1/this.alpha)),this.convertValue(a)}convertValue(e){return this.dtype==="float32"?e:Math.round(e)}},Bd=class{constructor(e=0,t=1,o,n){if(this.canReturnFloat=()=>this.dtype==null||this.dtype==="float32",this.min=e,this.range=t-e,this.dtype=o,n==null&&(n=Math.random()),typeof n=="number"&&(n=n.toString()),!this.canReturnFloat()&&this.range<=1)throw new Error(`The difference between ${e} - ${t} <= 1 and dtype is not float`);this.random=Ld.alea(n)}convertValue(e){return this.canReturnFloat()?e:Math.round(e)}nextValue(){return this.convertValue(this.min+this.range*this.random())}}});function FX(r,e,t=1,o="float32",n){if(wt(r),t==null&&(t=1),o==null&&(o="float32"),o!=="float32"&&o!=="int32")throw new Error(`Unsupported data type ${o}`);let s=new Od(e,t,o,n),a=be(r,o);for(let c=0;c<a.values.length;c++)a.values[c]=s.nextValue();return a.toTensor()}var k2,_2=I(()=>{Zt();bi();O();lm();k2=_({randomGamma_:FX})});function MX(r,e=0,t=1,o,n){if(wt(r),o!=null&&o==="bool")throw new Error(`Unsupported data type ${o}`);let s=new ku(e,t,o,!1,n),a=be(r,o);for(let c=0;c<a.values.length;c++)a.values[c]=s.nextValue();return a.toTensor()}var Wd,dI=I(()=>{Zt();bi();O();lm();Wd=_({randomNormal_:MX})});function PX(r,e,t){if(e!=null&&e==="bool")throw new Error(`Unsupported data type ${e}`);return Wd(r,0,1,e,t)}var T2,N2=I(()=>{O();dI();T2=_({randomStandardNormal_:PX})});function OX(r,e=0,t=1,o="float32",n){wt(r);let s=be(r,o),a=new Bd(e,t,null,n);for(let c=0;c<s.values.length;c++)s.values[c]=a.nextValue();return s.toTensor()}var ql,Vd=I(()=>{Zt();bi();O();lm();ql=_({randomUniform_:OX})});function BX(r,e,t,o){return ql(r,e,t,"int32",o)}var E2,$2=I(()=>{O();Vd();E2=_({randomUniformInt_:BX})});function dc(r,e,t=1,o="float32"){if(t===0)throw new Error("Cannot have a step of zero");let n={start:r,stop:e,step:t,dtype:o};return N.runKernel(ja,{},n)}var Gd=I(()=>{V();Y();});function LX(r){let t={input:k(r,"input","real")};return N.runKernel(nu,t)}var Ni,pm=I(()=>{V();Y();B();O();Ni=_({real_:LX})});function WX(r){let t={x:k(r,"x","reciprocal")};return N.runKernel(bs,t)}var A2,R2=I(()=>{V();Y();B();O();A2=_({reciprocal_:WX})});function VX(r){let t={x:k(r,"x","relu")};return N.runKernel(ys,t)}var ta,mm=I(()=>{V();Y();B();O();ta=_({relu_:VX})});function GX(r){let t={x:k(r,"x","relu6")};return N.runKernel(Is,t)}var Ud,hI=I(()=>{V();Y();B();O();Ud=_({relu6_:GX})});function UX(r,e){let o={x:k(r,"x","reverse")},n={dims:e};return N.runKernel(Cs,o,n)}var po,_u=I(()=>{V();Y();B();O();po=_({reverse_:UX})});function zX(r){let e=k(r,"x","reverse");return E(e.rank===1,()=>`Error in reverse1D: x must be rank 1 but got rank ${e.rank}.`),po(e,0)}var D2,F2=I(()=>{B();Z();O();_u();D2=_({reverse1d_:zX})});function HX(r,e){let t=k(r,"x","reverse");return E(t.rank===2,()=>`Error in reverse2D: x must be rank 2 but got rank ${t.rank}.`),po(t,e)}var M2,P2=I(()=>{B();Z();O();_u();M2=_({reverse2d_:HX})});function qX(r,e){let t=k(r,"x","reverse");return E(t.rank===3,()=>`Error in reverse3D: x must be rank 3 but got rank ${t.rank}.`),po(t,e)}var O2,B2=I(()=>{B();Z();O();_u();O2=_({reverse3d_:qX})});function KX(r,e){let t=k(r,"x","reverse");return E(t.rank===4,()=>`Error in reverse4D: x must be rank 4 but got rank ${t.rank}.`),po(t,e)}var L2,W2=I(()=>{B();Z();O();_u();L2=_({reverse4d_:KX})});function jX(r){let t={x:k(r,"x","round")};return N.runKernel(Ss,t)}var zd,gI=I(()=>{V();Y();B();O();zd=_({round_:jX})});function XX(r){let t={x:k(r,"x","rsqrt","float32")};return N.runKernel(ks,t)}var Hd,V2=I(()=>{V();Y();B();O();Hd=_({rsqrt_:XX})});function YX(r){let t={x:k(r,"x","selu")};return N.runKernel(Es,t)}var G2,U2=I(()=>{V();Y();B();O();G2=_({selu_:YX})});function JX(r,e,t,o,n,s=[1,1],a="NHWC"){let c=k(r,"x","separableConv2d"),u=k(e,"depthwiseFilter","separableConv2d"),i=k(t,"pointwiseFilter","separableConv2d"),l=c,p=!1;if(c.rank===3&&(p=!0,l=z(c,[1,c.shape[0],c.shape[1],c.shape[2]])),a==="NCHW")throw new Error("separableConv2d currently does not support dataFormat NCHW; only NHWC is supported");E(l.rank===4,()=>`Error in separableConv2d: input must be rank 4, but got rank ${l.rank}.`),E(u.rank===4,()=>`Error in separableConv2d: depthwise filter must be rank 4, but got rank ${u.rank}.`),E(i.rank===4,()=>`Error in separableConv2d: pointwise filter must be rank 4, but got rank ${u.rank}.`),E(i.shape[0]===1,()=>`Error in separableConv2d: the first dimension of pointwise filter  must be 1, but got ${i.shape[0]}.`),E(i.shape[1]===1,()=>`Error in separableConv2d: the second dimension of pointwise filter must be 1, but got ${i.shape[1]}.`);let m=u.shape[2],f=u.shape[3];E(i.shape[2]===m*f,()=>`Error in separableConv2d: the third dimension of pointwise filter must be ${m*f}, but got ${i.shape[2]}.`);let d=Bl(l,u,o,n,a,s),g=uc(d,i,1,"valid",a);return p?z(g,[g.shape[1],g.shape[2],g.shape[3]]):g}var z2,H2=I(()=>{B();Z();Qp();id();O();We();z2=_({separableConv2d_:JX})});async function ZX(r,e){let t=k(r,"x","setdiff1d"),o=k(e,"y","setdiff1d");E(t.dtype===o.dtype,()=>`x and y should have the same dtype, but got x (${t.dtype}) and y (${o.dtype}).`),E(t.rank===1,()=>`x should be 1D tensor, but got x (${t.shape}).`),E(o.rank===1,()=>`y should be 1D tensor, but got y (${o.shape}).`);let n=await t.data(),s=await o.data(),a=new Set(s),c=0;for(let l=0;l<n.length;l++)a.has(n[l])||c++;let u=new Qe([c],t.dtype),i=new Qe([c],"int32");for(let l=0,p=0;l<n.length;l++)a.has(n[l])||(u.values[p]=n[l],i.values[p]=l,p++);return[u.toTensor(),i.toTensor()]}var q2,K2=I(()=>{co();B();Z();q2=ZX});function QX(r){let t={x:k(r,"x","sign")};return N.runKernel(As,t)}var j2,X2=I(()=>{V();Y();B();O();j2=_({sign_:QX})});function e8(r){let t={x:k(r,"x","sin","float32")};return N.runKernel("Sin",t)}var Y2,J2=I(()=>{V();B();O();Y2=_({sin_:e8})});function t8(r){let t={x:k(r,"x","sinh")};return N.runKernel($s,t)}var Z2,Q2=I(()=>{V();Y();B();O();Z2=_({sinh_:t8})});function r8(r,e,t){let o=k(r,"x","slice1d");return E(o.rank===1,()=>`slice1d expects a rank-1 tensor, but got a rank-${o.rank} tensor`),Pe(o,[e],[t])}var eN,tN=I(()=>{B();Z();O();So();eN=_({slice1d_:r8})});function o8(r,e,t){let o=k(r,"x","slice2d");return E(o.rank===2,()=>`slice2d expects a rank-2 tensor, but got a rank-${o.rank} tensor`),Pe(o,e,t)}var rN,oN=I(()=>{B();Z();O();So();rN=_({slice2d_:o8})});function n8(r,e,t){let o=k(r,"x","slice3d");return E(o.rank===3,()=>`slice3d expects a rank-3 tensor, but got a rank-${o.rank} tensor`),Pe(o,e,t)}var nN,sN=I(()=>{B();Z();O();So();nN=_({slice3d_:n8})});function s8(r,e,t){let o=k(r,"x","slice4d");return E(o.rank===4,()=>`slice4d expects a rank-4 tensor, but got a rank-${o.rank} tensor`),Pe(o,e,t)}var aN,iN=I(()=>{B();Z();O();So();aN=_({slice4d_:s8})});function a8(r,e=-1){let t=k(r,"logits","softmax","float32");if(e===-1&&(e=t.rank-1),e!==t.rank-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${t.rank} and dim was ${e}`);let o={logits:t},n={dim:e};return N.runKernel(Ms,o,n)}var cN,uN=I(()=>{V();Y();B();O();cN=_({softmax_:a8})});function i8(r){E(r.dtype==="complex64",()=>`The dtype for tf.spectral.fft() must be complex64 but got ${r.dtype}.`);let e={input:r};return N.runKernel("FFT",e)}var Kl,qd=I(()=>{V();Z();O();Kl=_({fft_:i8})});function c8(r){E(r.dtype==="complex64",()=>`The dtype for tf.spectral.ifft() must be complex64 but got ${r.dtype}.`);let e={input:r};return N.runKernel(Jc,e)}var Tu,Kd=I(()=>{V();Y();Z();O();Tu=_({ifft_:c8})});function u8(r){let e=r.shape[r.shape.length-1],t=r.size/e,o;if(e<=2){let n=z(r,[t,e]);o=Tu(n)}else{let n=[t,2*(e-1)],s=z(Ni(r),[t,e]),a=z(fc(r),[t,e]),c=po(Pe(s,[0,1],[t,e-2]),1),u=te(po(Pe(a,[0,1],[t,e-2]),1),De(-1)),i=gt([s,c],1),l=gt([a,u],1),p=z(Dr(i,l),[n[0],n[1]]);o=Tu(p)}if(o=Ni(o),r.rank===3&&r.shape[0]!==0){let n=o,s=r.shape[0];o=z(o,[s,o.shape[0]/s,o.shape[1]]),n.dispose()}return o}var jd,xI=I(()=>{oc();Yo();nm();Ct();O();pm();We();_u();Sr();So();Kd();jd=_({irfft_:u8})});function l8(r,e,t=0){let n={x:k(r,"x","split")},s={numOrSizeSplits:e,axis:t};return N.runKernel(ti,n,s)}var Ei,fm=I(()=>{V();Y();B();O();Ei=_({split_:l8})});function p8(r,e){E(r.dtype==="float32",()=>`The dtype for rfft() must be real value but got ${r.dtype}`);let t=r.shape[r.shape.length-1],o=r.size/t,n;if(e!=null&&e<t){let d=r.shape.map(g=>0),h=r.shape.map(g=>g);h[r.shape.length-1]=e,n=Pe(r,d,h),t=e}else if(e!=null&&e>t){let d=r.shape.map(h=>h);d[r.shape.length-1]=e-t,n=gt([r,_o(d)],r.shape.length-1),t=e}else n=r;let s=Xt(n),a=z(Dr(n,s),[o,t]),c=Kl(a),u=Math.floor(t/2)+1,i=Ni(c),l=fc(c),p=Ei(i,[u,t-u],i.shape.length-1),m=Ei(l,[u,t-u],l.shape.length-1),f=n.shape.slice();return f[n.shape.length-1]=u,z(Dr(p[0],m[0]),f)}var jl,Xd=I(()=>{Z();oc();Yo();nm();O();pm();We();So();fm();cm();wi();qd();jl=_({rfft_:p8})});function m8(r,e){let t=k(r,"a","squaredDifference"),o=k(e,"b","squaredDifference");[t,o]=Oe(t,o),ot(t.shape,o.shape);let n={a:t,b:o},s={};return N.runKernel(Bs,n,s)}var Yd,bI=I(()=>{V();Y();It();B();er();O();Yd=_({squaredDifference_:m8})});function f8(r,e){let t=k(r,"x","squeeze","string_or_numeric");return z(t,Aw(t.shape,e).newShape)}var Xl,Jd=I(()=>{B();Z();O();We();Xl=_({squeeze_:f8})});function d8(r,e=0){let t=di(r,"tensors","stack","string_or_numeric");E(t.length>=1,()=>"Pass at least one tensor to tf.stack"),t.length>0&&E(e<=t[0].rank,()=>"Axis must be <= rank of the tensor");let o=t,n={axis:e};return N.runKernel(qa,o,n)}var en,dm=I(()=>{V();Y();B();Z();O();en=_({stack_:d8})});function h8(r,e=0){let o={x:k(r,"x","step")},n={alpha:e};return N.runKernel(Go,o,n)}var Zd,yI=I(()=>{V();Y();B();O();Zd=_({step_:h8})});function g8(r,e,t,o,n=0,s=0,a=0,c=0,u=0){let l={x:k(r,"x","stridedSlice","string_or_numeric")},p={begin:e,end:t,strides:o,beginMask:n,endMask:s,ellipsisMask:a,newAxisMask:c,shrinkAxisMask:u};return N.runKernel(Ls,l,p)}var lN,pN=I(()=>{V();Y();B();O();lN=_({stridedSlice_:g8})});function x8(r){let t={x:k(r,"x","tan","float32")};return N.runKernel("Tan",t)}var mN,fN=I(()=>{V();B();O();mN=_({tan_:x8})});function Ut(r,e){io(r);let t=dr(r,e);if(t.length!==1)throw new Error("tensor1d() requires values to be a flat/TypedArray");return $r(r,null,t,e)}var hc=I(()=>{B();Z();hi();});function mo(r,e,t){if(io(r),e!=null&&e.length!==2)throw new Error("tensor2d() requires shape to have two numbers");let o=dr(r,t);if(o.length!==2&&o.length!==1)throw new Error("tensor2d() requires values to be number[][] or flat/TypedArray");if(o.length===1&&e==null)throw new Error("tensor2d() requires shape to be provided when `values` are a flat/TypedArray");return $r(r,e,o,t)}var Qd=I(()=>{B();Z();hi();});function Nu(r,e,t){if(io(r),e!=null&&e.length!==3)throw new Error("tensor3d() requires shape to have three numbers");let o=dr(r,t);if(o.length!==3&&o.length!==1)throw new Error("tensor3d() requires values to be number[][][] or flat/TypedArray");if(o.length===1&&e==null)throw new Error("tensor3d() requires shape to be provided when `values` are a flat array");return $r(r,e,o,t)}var wI=I(()=>{B();Z();hi();});function dN(r,e,t){if(io(r),e!=null&&e.length!==4)throw new Error("tensor4d() requires shape to have four numbers");let o=dr(r,t);if(o.length!==4&&o.length!==1)throw new Error("tensor4d() requires values to be number[][][][] or flat/TypedArray");if(o.length===1&&e==null)throw new Error("tensor4d() requires shape to be provided when `values` are a flat array");return $r(r,e,o,t)}var hN=I(()=>{B();Z();hi();});function gN(r,e,t){if(io(r),e!=null&&e.length!==5)throw new Error("tensor5d() requires shape to have five numbers");let o=dr(r,t);if(o.length!==5&&o.length!==1)throw new Error("tensor5d() requires values to be number[][][][][] or flat/TypedArray");if(o.length===1&&e==null)throw new Error("tensor5d() requires shape to be provided when `values` are a flat array");return $r(r,e,o,t)}var xN=I(()=>{B();Z();hi();});function bN(r,e,t){if(io(r),e!=null&&e.length!==6)throw new Error("tensor6d() requires shape to have six numbers");let o=dr(r,t);if(o.length!==6&&o.length!==1)throw new Error("tensor6d() requires values to be number[][][][][][] or flat/TypedArray");if(o.length===1&&e==null)throw new Error("tensor6d() requires shape to be provided when `values` are a flat array");return e=e||o,$r(r,e,o,t)}var yN=I(()=>{B();Z();hi();});var $i={};nr($i,{calculateShapes:()=>wN,validateInput:()=>Yl,validateUpdateShape:()=>vI});function vI(r,e,t){let o=e.rank>1?e.shape[e.rank-1]:1,n=e.rank>1?e.rank-1:1,s=`Must have updates.shape = indices.shape[:batchDim] + shape[sliceDim:], got updates.shape: ${t.shape}, indices.shape: ${e.shape}, shape: ${r}, sliceDim: ${o}, and batchDim: ${n}.`;if(t.rank<n)throw new Error(s+` update.rank < ${n}. `);if(r.length<o+(t.rank-n))throw new Error(s+` Output shape length < ${o+(t.rank-n)}`);if(t.rank!==n+r.length-o)throw new Error(s+` update.rank != ${n+r.length-o}`);for(let a=0;a<n;++a)if(t.shape[a]!==e.shape[a])throw new Error(s+` updates.shape[${a}] (${t.shape[a]}) != indices.shape[${a}] (${e.shape[a]}).`);for(let a=0;a<t.rank-n;++a)if(t.shape[a+n]!==r[a+o])throw new Error(s+` updates.shape[${a+n}] (${t.shape[a+n]}) != shape[${a+n}] (${r[a+n]})`)}function Yl(r,e,t){if(e.rank<1)throw new Error(`tf.scatterND() expects the indices to be rank 1 or higher, but the rank was ${e.rank}.`);if(r.rank<1)throw new Error(`tf.scatterND() expects the updates to be rank 1 or higher, but the rank was ${r.rank}.`);if(e.dtype!=="int32")throw new Error(`The dtype of 'indices' should be int32, but got dtype: ${e.dtype}`);if(t.length<1)throw new Error(`Output rank must be greater or equal to 1, but got shape: ${t}`);if(t.length===0){if(e.size===0)throw new Error(`Indices specified for empty output. indices shape: ${e.shape}`);if(r.size===0)throw new Error(`Updates specified for empty output. updates shape: ${r.shape}`)}vI(t,e,r)}function wN(r,e,t){let o=e.shape.length,n=o>1?e.shape[o-1]:1,s=t.length,a=1;for(let p=n;p<s;++p)a*=t[p];let c=n<1?1:n,u=Ge(e.shape)/c,i=[...pn(t.slice(0,n)),1],l=Ge(t);return{sliceRank:n,numUpdates:u,sliceSize:a,strides:i,outputSize:l}}var hm=I(()=>{Z()});function b8(r,e,t){let o=k(r,"tensor","tensorScatterupdate"),n=k(e,"indices","tensorScatterupdate","int32"),s=k(t,"updates","tensorScatterupdate");if(Yl(s,n,o.shape),o.dtype!==s.dtype)throw new Error(`tensor and updates must have the same dtype, instead they are ${o.dtype} and ${s.dtype}.`);let a={tensor:o,indices:n,updates:s},c={};return N.runKernel(Ts,a,c)}var vN,IN=I(()=>{V();Y();B();O();hm();vN=_({tensorScatterUpdate_:b8})});function y8(r,e=1,t=!0){let o=k(r,"x","topk");if(o.rank===0)throw new Error("topk() expects the input to be of rank 1 or higher");let n=o.shape[o.shape.length-1];if(e<0)throw new Error(`'k' passed to topk() must be >= 0 but got ${e}`);if(e>n)throw new Error(`'k' passed to topk() must be <= the last dimension (${n}) but got ${e}`);let s={x:o},a={k:e,sorted:t},[c,u]=N.runKernel(Vs,s,a);return{values:c,indices:u}}var CN,SN=I(()=>{V();Y();B();O();CN=_({topk_:y8})});function w8(r,e=0,t=1,o,n){if(wt(r),o!=null&&o==="bool")throw new Error("Unsupported data type $ { dtype }");let s=new ku(e,t,o,!0,n),a=be(r,o);for(let c=0;c<a.values.length;c++)a.values[c]=s.nextValue();return a.toTensor()}var kN,_N=I(()=>{Zt();bi();O();lm();kN=_({truncatedNormal_:w8})});function v8(r,e=0){let t=k(r,"x","unique","string_or_numeric");E(t.rank>0,()=>"The input tensor must be at least 1D");let o={x:t},n={axis:e},[s,a]=N.runKernel(li,o,n);return{values:s,indices:a}}var TN,NN=I(()=>{V();Y();B();Z();O();TN=_({unique_:v8})});function I8(r,e,t){let o=k(r,"x","unsortedSegmentSum"),n=k(e,"segmentIds","unsortedSegmentSum","int32");E(ya(t),()=>"numSegments must be of dtype int");let s={x:o,segmentIds:n},a={numSegments:t};return N.runKernel(au,s,a)}var EN,$N=I(()=>{V();Y();B();Z();O();EN=_({unsortedSegmentSum_:I8})});function C8(r,e=0){let t=k(r,"x","unstack","string_or_numeric");E(e>=-t.shape.length&&e<t.shape.length,()=>`Axis = ${e} is not in [-${t.shape.length}, ${t.shape.length})`);let o={value:t},n={axis:e};return N.runKernel(pi,o,n)}var ra,eh=I(()=>{V();Y();B();Z();O();ra=_({unstack_:C8})});function AN(r,e){return im(r,e,"right")}var RN=I(()=>{Nd();});function DN(r,e=!0,t,o){return N.makeVariable(r,e,t,o)}var FN=I(()=>{V();});function th(r,e){let t=[];for(let s=0;s<e.length;s++)e[s]&&t.push(s);let o=be(r,"int32"),n=be([t.length,r.length],"int32");for(let s=0;s<t.length;s++){let a=o.indexToLoc(t[s]),c=s*r.length;n.values.set(a,c)}return n.toTensor()}var II=I(()=>{bi();});async function S8(r){let e=k(r,"condition","whereAsync","bool"),t=await e.data(),o=th(e.shape,t);return r!==e&&e.dispose(),o}var rh,CI=I(()=>{II();B();rh=S8});async function k8(r,e,t){let o=k(r,"tensor","boolMask"),n=k(e,"mask","boolMask","bool"),s=t??0,a=n.rank,c=o.shape;E(a>0,()=>"mask cannot be scalar"),xt(c.slice(s,s+a),n.shape,"mask's shape must match the first K dimensions of tensor's shape,");let u=1;for(let h=s;h<s+a;h++)u*=c[h];let i=c.slice(0,s).concat([u],c.slice(s+a)),l=z(o,i),p=z(n,[-1]),m=await rh(p),f=Xl(m,[1]),d=mc(l,f,s);return r!==o&&o.dispose(),e!==n&&n.dispose(),f.dispose(),l.dispose(),p.dispose(),m.dispose(),d}var _8,MN=I(()=>{B();Z();Gv();We();Jd();CI();_8=k8});function T8(r,e,t){let o=k(r,"x","transpose");if(e==null&&(e=o.shape.map((a,c)=>c).reverse()),E(o.rank===e.length,()=>`Error in transpose: rank of input ${o.rank} must match length of perm ${e}.`),e.forEach(a=>{E(a>=0&&a<o.rank,()=>`All entries in 'perm' must be between 0 and ${o.rank-1} but got ${e}`)}),o.rank<=1)return o.clone();let n={x:o},s={perm:e};return o.dtype==="complex64"?at(()=>{let a=Ni(o),c=fc(o);return a=N.runKernel(bo,{x:a},s),c=N.runKernel(bo,{x:c},s),t&&(c=xr(c)),Dr(a,c)}):N.runKernel(bo,n,s)}var To,oh=I(()=>{V();Yr();Y();B();Z();oc();nm();ki();O();pm();To=_({transpose_:T8})});function N8(r,e,t,o,n=!0){let s=k(r,"v","movingAverage"),a=k(e,"x","movingAverage"),c=k(t,"decay","movingAverage");Zw(s,a),E(Nr(s.shape,a.shape),()=>"Shape mismatch in v and x");let u=De(1),i=Ce(u,c),l=te(Ce(a,s),i);if(n){E(o!=null,()=>"When using zeroDebias: true, step is required.");let p=k(o,"step","movingAverage");l=Ue(l,Ce(u,Ii(c,p)))}return fe(s,l)}var E8,PN=I(()=>{It();B();Z();jt();Mr();Ct();O();rm();Sr();tr();E8=_({movingAverage_:N8})});function $8(r,e,t){wt(t);let o=k(r,"indices","scatterND","int32"),n=k(e,"updates","scatterND");Yl(n,o,t);let s={indices:o,updates:n},a={shape:t};return N.runKernel(_s,s,a)}var A8,ON=I(()=>{V();Y();B();Zt();O();hm();A8=_({scatterND_:$8})});function BN(r,e,t,o){if(r.dtype!=="int32")throw new Error(`tf.sparseToDense() expects the indices to be int32 type, but the dtype was ${r.dtype}.`);if(r.rank>2)throw new Error(`sparseIndices should be a scalar, vector, or matrix, but got shape ${r.shape}.`);let n=r.rank>0?r.shape[0]:1,s=r.rank>1?r.shape[1]:1;if(t.length!==s)throw new Error(`outputShape has incorrect number of elements:, ${t.length}, should be: ${s}.`);let a=e.size;if(!(e.rank===0||e.rank===1&&a===n))throw new Error(`sparseValues has incorrect shape ${e.shape}, should be [] or [${n}]`);if(e.dtype!==o.dtype)throw new Error("sparseValues.dtype must match defaultValues.dtype")}var LN=I(()=>{});function D8(r,e,t,o=0){wt(t);let n=k(r,"sparseIndices","sparseToDense","int32"),s=k(e,"sparseValues","sparseToDense","string_or_numeric"),a=k(o,"defaultValue","sparseToDense",s.dtype);BN(n,s,t,a);let c={sparseIndices:n,sparseValues:s,defaultValue:a},u={outputShape:t};return N.runKernel(Os,c,u)}var F8,WN=I(()=>{V();Y();LN();B();Zt();O();F8=_({sparseToDense_:D8})});function M8(r,e){let t=k(e,"indices","gatherND","int32"),n={params:k(r,"x","gatherND","string_or_numeric"),indices:t};return N.runKernel(Un,n)}var P8,VN=I(()=>{V();Y();B();O();P8=_({gatherND_:M8})});function GN(r,e){if(e==null)return r.shape.slice();if(Nr(r.shape,e))return e;if(r.shape.length===e.length){let t=[];for(let o=0;o<r.shape.length;o++)e[o]==null&&r.shape[o]!=null?t.push(r.shape[o]):t.push(e[o]);return t}return e}var UN=I(()=>{Z();});function O8(r,e,t,o){let n=k(r,"x","dropout");if(E(n.dtype==="float32",()=>`x has to be a floating point tensor since it's going to be scaled, but got a ${n.dtype} tensor instead.`),E(e>=0&&e<1,()=>`rate must be a float in the range [0, 1), but got ${e}.`),e===0)return r instanceof mt?n.clone():n;let s=GN(n,t),a=1-e,c=Ue(dd(fe(ql(s,0,1,"float32",o),a)),a);return te(n,c)}var B8,zN=I(()=>{co();B();Z();jt();Mr();UN();Vv();Ct();O();Vd();B8=_({dropout_:O8})});function SI(r){return Math.floor(Math.pow(2,Math.ceil(Math.log(r)/Math.log(2))))}function gm(r,e,t){let o=1-r%2,n=new Float32Array(r);for(let s=0;s<r;++s){let a=2*Math.PI*s/(r+o-1);n[s]=e-t*Math.cos(a)}return Ut(n,"float32")}var xm=I(()=>{hc();});async function L8(r,e,t=1){let o=k(r,"predictions","inTopK"),n=k(e,"targets","inTopK");E(o.rank>1,()=>`inTopK() expects the predictions to be of rank 2 or higher, but got ${o.rank}`),E(o.rank-1===n.rank,()=>`predictions rank should be 1 larger than targets rank, but got predictions rank ${o.rank} and targets rank ${n.rank}`),xt(o.shape.slice(0,o.shape.length-1),n.shape,"predictions's shape should be align with the targets' shape, except the last dimension.");let s=o.shape[o.shape.length-1];E(t>0&&t<=s,()=>`'k' passed to inTopK() must be > 0 && <= the predictions last dimension (${s}), but got ${t}`);let a=await o.data(),c=await n.data(),[u,i]=[a.length/s,s],l=Rw("bool",u);for(let p=0;p<u;p++){let m=p*i,f=a.subarray(m,m+i),d=[];for(let h=0;h<f.length;h++)d.push({value:f[h],index:h});d.sort((h,g)=>g.value-h.value),l[p]=0;for(let h=0;h<t;h++)if(d[h].index===c[p]){l[p]=1;break}}return r!==o&&o.dispose(),e!==n&&n.dispose(),Io(l,n.shape,"bool")}var W8,HN=I(()=>{B();Z();Kp();W8=L8});function V8(r,e,t,o,n,s="NHWC",a){let c=r;r.rank===3&&(c=z(r,[1,r.shape[0],r.shape[1],r.shape[2]]));let u=e;u.rank===3&&(u=z(e,[1,e.shape[0],e.shape[1],e.shape[2]])),E(c.rank===4,()=>`Error in conv2dDerFilter: input must be rank 4, but got shape ${c.shape}.`),E(u.rank===4,()=>`Error in conv2dDerFilter: dy must be rank 4, but got shape ${u.shape}.`),E(t.length===4,()=>`Error in conv2dDerFilter: filterShape must be length 4, but got ${t}.`);let i=s==="NHWC"?c.shape[3]:c.shape[1],l=s==="NHWC"?u.shape[3]:u.shape[1];E(i===t[2],()=>`Error in conv2dDerFilter: depth of input ${i}) must match input depth in filter (${t[2]}.`),E(l===t[3],()=>`Error in conv2dDerFilter: depth of dy (${l}) must match output depth for filter (${t[3]}).`),Lt("conv2dDerFilter",n,a);let p={x:c,dy:u},m={strides:o,pad:n,dataFormat:s,dimRoundingMode:a,filterShape:t};return N.runKernel(Hc,p,m)}var qN,KN=I(()=>{V();Y();Z();Pr();O();We();qN=_({conv2DBackpropFilter_:V8})});function Eu(r,e,t){if(t==null||t==="linear")return r;if(t==="relu")return te(r,Zd(e));throw new Error(`Cannot compute gradient for fused activation ${t}.`)}function $u(r,e){let t=e,o=cd(r.shape,e.shape);return o.length>0&&(t=et(t,o)),z(t,r.shape)}function Au(r,e,t,o){if(e==="linear")return r;if(e==="relu")return ta(r);if(e==="elu")return ld(r);if(e==="relu6")return Ud(r);if(e==="prelu")return Md(r,t);if(e==="leakyrelu")return xd(r,o);if(e==="sigmoid")return uo(r);throw new Error(`Unknown fused activation ${e}.`)}var Ru,Jl=I(()=>{er();Ov();zv();Ct();rI();mm();hI();We();Jp();yI();Jo();Ru=(r,e)=>!(r>0)||e==="linear"});function G8({x:r,filter:e,strides:t,pad:o,dataFormat:n="NHWC",dilations:s=[1,1],dimRoundingMode:a,bias:c,activation:u="linear",preluActivationWeights:i,leakyreluAlpha:l}){if(u=u||"linear",Ru(N.state.gradientDepth,u)===!1){E(n==="NHWC",()=>`Error in fused conv2d: got dataFormat of ${n} but only NHWC is currently supported for the case of gradient depth is 0 and the activation is not linear.`);let $=uc(r,e,t,o,n,s,a);return c!=null&&($=fe($,c)),Au($,u,i,l)}let p=k(r,"x","conv2d","float32"),m=k(e,"filter","conv2d","float32"),f=p,d=!1;p.rank===3&&(d=!0,f=z(p,[1,p.shape[0],p.shape[1],p.shape[2]])),E(f.rank===4,()=>`Error in fused conv2d: input must be rank 4, but got rank ${f.rank}.`),E(m.rank===4,()=>`Error in fused conv2d: filter must be rank 4, but got rank ${m.rank}.`),Lt("fused conv2d",o,a);let h=n==="NHWC"?f.shape[3]:f.shape[1];E(m.shape[2]===h,()=>`Error in conv2d: depth of input (${h}) must match input depth for filter ${m.shape[2]}.`),E(Cr(t,s),()=>`Error in conv2D: Either strides or dilations must be 1. Got strides ${t} and dilations '${s}'`);let g=yu(f.shape,m.shape,t,s,o,a),x;c!=null&&(x=k(c,"bias","fused conv2d"),[x]=Oe(x,p),n==="NHWC"?ot(g.outShape,x.shape):(E(x.shape.length<=1,()=>`Error in fused conv2d: only supports scalar or 1-D Tensor bias for NCHW format but got the bias of rank-${x.shape.length}.`),E(x.shape.length===0||x.shape[0]===g.outChannels||x.shape[0]===1,()=>`Error in fused conv2d: bias shape (${x.shape}) is not compatible with the number of output channels (${g.outChannels})`)));let y;if(i!=null){let $=i.shape;if(E($.length<=1||$.length===3,()=>`Error in fused conv2d: only supports scalar, 1-D Tensor or 3-D Tensor PReLU activation weights but got a tensor of rank-${$.length}.`),$.length===1)E($[0]===1||$[0]===g.outChannels,()=>`Error in fused conv2d: PReLU activation weights (${$}) is not compatible with the number of output channels (${g.outChannels}).`);else if($.length===3)try{ot($,g.outShape)}catch{let R=`Error in fused conv2d: PReLU activation weights (${$}) is not compatible with the output shape of the conv2d (${g.outShape}).`;throw Error(R)}y=k(i,"prelu weights","fused conv2d")}let w=($,A)=>{E(n==="NHWC",()=>`Error in gradient of fused conv2D: got dataFormat of ${n} but only NHWC is currently supported.`);let[R,F,M,L]=A,W=Eu($,M,u);E(bu(s),()=>`Error in gradient of fused conv2D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '${s}'`);let G=ad(F.shape,W,R,t,o),q=qN(F,W,R.shape,t,o),H=[G,q];if(L!=null){let j=$u(L,W);H.push(j)}return H},C={x:f,filter:m,bias:x,preluActivationWeights:y},T={strides:t,pad:o,dataFormat:n,dilations:s,dimRoundingMode:a,activation:u,leakyreluAlpha:l};return c==null?kr((A,R,F)=>{let M=N.runKernel(zo,C,T);return F([R,A,M]),d&&(M=z(M,[M.shape[1],M.shape[2],M.shape[3]])),{value:M,gradFunc:w}})(f,m):kr((A,R,F,M)=>{let L=N.runKernel(zo,C,T);return M([R,A,L,F]),d&&(L=z(L,[L.shape[1],L.shape[2],L.shape[3]])),{value:L,gradFunc:w}})(f,m,x)}var jN,XN=I(()=>{V();Si();Y();It();B();Z();jt();er();Qp();KN();Fv();Pr();Jl();O();We();jN=_({fusedConv2d_:G8})});function U8(r,e,t,o,n,s=[1,1],a){let c=r;r.rank===3&&(c=z(r,[1,r.shape[0],r.shape[1],r.shape[2]]));let u=e;u.rank===3&&(u=z(e,[1,e.shape[0],e.shape[1],e.shape[2]]));let i={x:c,dy:u},l={strides:o,pad:n,dimRoundingMode:a,dilations:s,filterShape:t};return N.runKernel(qc,i,l)}var YN,JN=I(()=>{V();Y();O();We();YN=_({depthwiseConv2dNativeBackpropFilter_:U8})});function z8(r,e,t,o,n,s=[1,1],a){let c=e,u=!1;e.rank===3&&(u=!0,c=z(e,[1,e.shape[0],e.shape[1],e.shape[2]]));let i={dy:c,filter:t},l={strides:o,pad:n,dimRoundingMode:a,dilations:s,inputShape:r},p=N.runKernel(Kc,i,l);return u?z(p,[p.shape[1],p.shape[2],p.shape[3]]):p}var ZN,QN=I(()=>{V();Y();O();We();ZN=_({depthwiseConv2dNativeBackpropInput_:z8})});function H8({x:r,filter:e,strides:t,pad:o,dataFormat:n="NHWC",dilations:s=[1,1],dimRoundingMode:a,bias:c,activation:u="linear",preluActivationWeights:i,leakyreluAlpha:l}){if(Ru(N.state.gradientDepth,u)===!1){let T=Bl(r,e,t,o,n,s,a);return c!=null&&(T=fe(T,c)),Au(T,u,i,l)}let p=k(r,"x","depthwiseConv2d","float32"),m=k(e,"filter","depthwiseConv2d","float32"),f=p,d=!1;p.rank===3&&(d=!0,f=z(p,[1,p.shape[0],p.shape[1],p.shape[2]])),E(f.rank===4,()=>`Error in fused depthwiseConv2d: input must be rank 4, but got rank ${f.rank}.`),E(m.rank===4,()=>`Error in fused depthwiseConv2d: filter must be rank 4, but got rank ${m.rank}.`),E(f.shape[3]===m.shape[2],()=>`Error in fused depthwiseConv2d: number of input channels (${f.shape[3]}) must match the inChannels dimension in filter ${m.shape[2]}.`),s==null&&(s=[1,1]),E(Cr(t,s),()=>`Error in fused depthwiseConv2d: Either strides or dilations must be 1. Got strides ${t} and dilations '${s}'`),Lt("fused depthwiseConv2d",o,a);let h=yu(f.shape,m.shape,t,s,o,a,!0),g;c!=null&&(g=k(c,"bias","fused conv2d"),[g]=Oe(g,p),ot(h.outShape,g.shape));let x;i!=null&&(x=k(i,"prelu weights","fused depthwiseConv2d"));let y=(T,$)=>{E(bu(s),()=>`Error in gradient of fused depthwiseConv2d: dilation rates greater than 1 are not yet supported. Got dilations '${s}'`);let[A,R,F,M]=$,L=Eu(T,F,u),W=ZN(R.shape,L,A,t,o,s,a),G=YN(R,L,A.shape,t,o,s,a);if(M!=null){let q=$u(g,L);return[W,G,q]}return[W,G]},w={x:f,filter:m,bias:g,preluActivationWeights:x},C={strides:t,pad:o,dataFormat:n,dilations:s,dimRoundingMode:a,activation:u,leakyreluAlpha:l};return c==null?kr(($,A,R)=>{let F=N.runKernel(Ho,w,C);return R([A,$,F]),d&&(F=z(F,[F.shape[1],F.shape[2],F.shape[3]])),{value:F,gradFunc:y}})(f,m):kr(($,A,R,F)=>{let M=N.runKernel(Ho,w,C);return F([A,$,M,R]),d&&(M=z(M,[M.shape[1],M.shape[2],M.shape[3]])),{value:M,gradFunc:y}})(f,m,g)}var eE,tE=I(()=>{V();Si();Y();It();B();Z();jt();er();Pr();id();JN();QN();Jl();O();We();eE=_({fusedDepthwiseConv2d_:H8})});function q8({a:r,b:e,transposeA:t=!1,transposeB:o=!1,bias:n,activation:s="linear",preluActivationWeights:a,leakyreluAlpha:c=.2}){if(Ru(N.state.gradientDepth,s)===!1){let L=Ke(r,e,t,o);return n!=null&&(L=fe(L,n)),Au(L,s,a,c)}let u=k(r,"a","fused matMul"),i=k(e,"b","fused matMul");[u,i]=Oe(u,i);let l=t?u.shape[u.rank-2]:u.shape[u.rank-1],p=o?i.shape[i.rank-1]:i.shape[i.rank-2],m=t?u.shape[u.rank-1]:u.shape[u.rank-2],f=o?i.shape[i.rank-2]:i.shape[i.rank-1],d=u.shape.slice(0,-2),h=i.shape.slice(0,-2),g=Ge(d),x=Ge(h);E(l===p,()=>`Error in fused matMul: inner shapes (${l}) and (${p}) of Tensors with shapes ${u.shape} and ${i.shape} and transposeA=${t} and transposeB=${o} must match.`);let w=ot(u.shape.slice(0,-2),i.shape.slice(0,-2)).concat([m,f]),C=t?z(u,[g,l,m]):z(u,[g,m,l]),T=o?z(i,[x,f,p]):z(i,[x,p,f]),$;n!=null&&($=k(n,"bias","fused matMul"),[$]=Oe($,u),ot(w,$.shape));let A;a!=null&&(A=k(a,"prelu weights","fused matMul"));let R=(L,W)=>{let[G,q,H,j]=W,X=Eu(z(L,H.shape),H,s),J,ee;if(!t&&!o?(J=Ke(X,q,!1,!0),ee=Ke(G,X,!0,!1)):!t&&o?(J=Ke(X,q,!1,!1),ee=Ke(X,G,!0,!1)):t&&!o?(J=Ke(q,X,!1,!0),ee=Ke(G,X,!1,!1)):(J=Ke(q,X,!0,!0),ee=Ke(X,G,!0,!0)),n!=null){let ae=$u(j,X);return[J,ee,ae]}else return[J,ee]},F={a:C,b:T,bias:$,preluActivationWeights:A},M={transposeA:t,transposeB:o,activation:s,leakyreluAlpha:c};return n==null?kr((W,G,q)=>{let H=N.runKernel(Uo,F,M);return q([W,G,H]),{value:z(H,w),gradFunc:R}})(C,T):kr((W,G,q,H)=>{let j=N.runKernel(Uo,F,M);return H([W,G,j,q]),{value:z(j,w),gradFunc:R}})(C,T,$)}var rE,oE=I(()=>{V();Si();Y();It();B();Z();jt();er();Jl();yi();O();We();rE=_({fusedMatMul_:q8})});var kI={};nr(kI,{conv2d:()=>jN,depthwiseConv2d:()=>eE,matMul:()=>rE});var nE=I(()=>{XN();tE();oE();});function K8(r){return gm(r,.54,.46)}var sE,aE=I(()=>{O();xm();sE=_({hammingWindow_:K8})});function j8(r){return gm(r,.5,.5)}var nh,_I=I(()=>{O();xm();nh=_({hannWindow_:j8})});function X8(r,e,t,o=!1,n=0){let s=0,a=[];for(;s+e<=r.size;)a.push(Pe(r,s,e)),s+=t;if(o)for(;s<r.size;){let c=s+e-r.size,u=gt([Pe(r,s,e-c),Zs([c],n)]);a.push(u),s+=t}return a.length===0?mo([],[0,e]):z(gt(a),[a.length,e])}var sh,TI=I(()=>{Yo();Ol();O();We();So();Qd();sh=_({frame_:X8})});function Y8(r,e,t,o,n=nh){o==null&&(o=SI(e));let s=sh(r,e,t),a=te(s,n(e));return jl(a,o)}var iE,cE=I(()=>{Ct();O();xm();Xd();TI();_I();iE=_({stft_:Y8})});function J8(r,e,t,o,n="bilinear",s=0){let a=k(r,"image","cropAndResize"),c=k(e,"boxes","cropAndResize","float32"),u=k(t,"boxInd","cropAndResize","int32"),i=c.shape[0];E(a.rank===4,()=>`Error in cropAndResize: image must be rank 4,but got rank ${a.rank}.`),E(c.rank===2&&c.shape[1]===4,()=>`Error in cropAndResize: boxes must be have size [${i},4] but had shape ${c.shape}.`),E(u.rank===1&&u.shape[0]===i,()=>`Error in cropAndResize: boxInd must be have size [${i}] but had shape ${c.shape}.`),E(o.length===2,()=>`Error in cropAndResize: cropSize must be of length 2, but got length ${o.length}.`),E(o[0]>=1&&o[1]>=1,()=>`cropSize must be atleast [1,1], but was ${o}`),E(n==="bilinear"||n==="nearest",()=>`method must be bilinear or nearest, but was ${n}`);let l={image:a,boxes:c,boxInd:u},p={method:n,extrapolationValue:s,cropSize:o};return N.runKernel(Rn,l,p)}var uE,lE=I(()=>{V();Y();B();Z();O();uE=_({cropAndResize_:J8})});function Z8(r){let e=k(r,"image","flipLeftRight","float32");E(e.rank===4,()=>`Error in flipLeftRight: image must be rank 4,but got rank ${e.rank}.`);let t={image:e};return N.runKernel(Ln,t,{})}var pE,mE=I(()=>{V();Y();B();Z();O();pE=_({flipLeftRight_:Z8})});function Q8(r){let e=k(r,"image","grayscaleToRGB"),t=e.rank-1,o=e.shape[t];E(e.rank>=2,()=>`Error in grayscaleToRGB: images must be at least rank 2, but got rank ${e.rank}.`),E(o===1,()=>`Error in grayscaleToRGB: last dimension of a grayscale image should be size 1, but got size ${o}.`);let n=new Array(e.rank);return n.fill(1,0,t),n[t]=3,pc(e,n)}var fE,dE=I(()=>{B();Z();O();md();fE=_({grayscaleToRGB_:Q8})});function eY(r){let e=k(r,"image","RGBToGrayscale"),t=e.rank-1,o=e.shape[t];E(e.rank>=2,()=>`Error in RGBToGrayscale: images must be at least rank 2, but got rank ${e.rank}.`),E(o===3,()=>`Error in RGBToGrayscale: last dimension of an RGB image should be size 3, but got size ${o}.`);let n=e.dtype,s=qe(e,"float32"),a=Ut([.2989,.587,.114]),c;switch(e.rank){case 2:c=lc("ij,j->i",s,a);break;case 3:c=lc("ijk,k->ij",s,a);break;case 4:c=lc("ijkl,l->ijk",s,a);break;case 5:c=lc("ijklm,m->ijkl",s,a);break;case 6:c=lc("ijklmn,n->ijklm",s,a);break;default:throw new Error("Not a valid tensor rank.")}return c=Zo(c,-1),qe(c,n)}var hE,gE=I(()=>{B();Z();gr();Pv();pd();O();hc();hE=_({rgbToGrayscale_:eY})});function tY(r,e,t=0,o=.5){let n=k(r,"image","rotateWithOffset","float32");E(n.rank===4,()=>`Error in rotateWithOffset: image must be rank 4,but got rank ${n.rank}.`);let s={image:n},a={radians:e,fillValue:t,center:o};return N.runKernel(Us,s,a)}var xE,bE=I(()=>{V();Y();B();Z();O();xE=_({rotateWithOffset_:tY})});function No(r,e,t,o,n,s){o==null&&(o=.5),n==null&&(n=Number.NEGATIVE_INFINITY),s==null&&(s=0);let a=r.shape[0];return t=Math.min(t,a),E(0<=o&&o<=1,()=>`iouThreshold must be in [0, 1], but was '${o}'`),E(r.rank===2,()=>`boxes must be a 2D tensor, but was of rank '${r.rank}'`),E(r.shape[1]===4,()=>`boxes must have 4 columns, but 2nd dimension was ${r.shape[1]}`),E(e.rank===1,()=>"scores must be a 1D tensor"),E(e.shape[0]===a,()=>`scores has incompatible shape with boxes. Expected ${a}, but was ${e.shape[0]}`),E(0<=s&&s<=1,()=>`softNmsSigma must be in [0, 1], but was '${s}'`),{maxOutputSize:t,iouThreshold:o,scoreThreshold:n,softNmsSigma:s}}var Du=I(()=>{Z();});function rY(r,e,t,o=.5,n=Number.NEGATIVE_INFINITY){let s=k(r,"boxes","nonMaxSuppression","float32"),a=k(e,"scores","nonMaxSuppression","float32"),c=No(s,a,t,o,n);t=c.maxOutputSize,o=c.iouThreshold,n=c.scoreThreshold;let u={maxOutputSize:t,iouThreshold:o,scoreThreshold:n};return N.runKernel(ps,{boxes:s,scores:a},u)}var yE,wE=I(()=>{V();Y();B();Du();O();yE=_({nonMaxSuppression_:rY})});function vE(r,e,t){let o=oY(r,e,t),n=o<0?-(o+1):o;r.splice(n,0,e)}function oY(r,e,t){return sY(r,e,t||nY)}function nY(r,e){return r>e?1:r<e?-1:0}function sY(r,e,t){let o=0,n=r.length,s=0,a=!1;for(;o<n;){s=o+(n-o>>>1);let c=t(e,r[s]);c>0?o=s+1:(n=s,a=!c)}return a?o:-o-1}var IE=I(()=>{});function ah(r,e,t,o,n){return NI(r,e,t,o,n,0)}function ih(r,e,t,o,n,s){return NI(r,e,t,o,n,0,!1,s,!0)}function ch(r,e,t,o,n,s){return NI(r,e,t,o,n,s,!0)}function NI(r,e,t,o,n,s,a=!1,c=!1,u=!1){let i=[];for(let g=0;g<e.length;g++)e[g]>n&&i.push({score:e[g],boxIndex:g,suppressBeginIndex:0});i.sort(CE);let l=s>0?-.5/s:0,p=[],m=[];for(;p.length<t&&i.length>0;){let g=i.pop(),{score:x,boxIndex:y,suppressBeginIndex:w}=g;if(x<n)break;let C=!1;for(let T=p.length-1;T>=w;--T){let $=aY(r,y,p[T]);if($>=o){C=!0;break}if(g.score=g.score*iY(o,l,$),g.score<=n)break}g.suppressBeginIndex=p.length,C||(g.score===x?(p.push(y),m.push(g.score)):g.score>n&&vE(i,g,CE))}let f=p.length,d=t-f;c&&d>0&&(p.push(...new Array(d).fill(0)),m.push(...new Array(d).fill(0)));let h={selectedIndices:p};return a&&(h.selectedScores=m),u&&(h.validOutputs=f),h}function aY(r,e,t){let o=r.subarray(e*4,e*4+4),n=r.subarray(t*4,t*4+4),s=Math.min(o[0],o[2]),a=Math.min(o[1],o[3]),c=Math.max(o[0],o[2]),u=Math.max(o[1],o[3]),i=Math.min(n[0],n[2]),l=Math.min(n[1],n[3]),p=Math.max(n[0],n[2]),m=Math.max(n[1],n[3]),f=(c-s)*(u-a),d=(p-i)*(m-l);if(f<=0||d<=0)return 0;let h=Math.max(s,i),g=Math.max(a,l),x=Math.min(c,p),y=Math.min(u,m),w=Math.max(x-h,0)*Math.max(y-g,0);return w/(f+d-w)}function iY(r,e,t){let o=Math.exp(e*t*t);return t<=r?o:0}function CE(r,e){return r.score-e.score||r.score===e.score&&e.boxIndex-r.boxIndex}var bm=I(()=>{IE();});async function cY(r,e,t,o=.5,n=Number.NEGATIVE_INFINITY){let s=k(r,"boxes","nonMaxSuppressionAsync"),a=k(e,"scores","nonMaxSuppressionAsync"),c=No(s,a,t,o,n);t=c.maxOutputSize,o=c.iouThreshold,n=c.scoreThreshold;let u=await Promise.all([s.data(),a.data()]),i=u[0],l=u[1],{selectedIndices:p}=ah(i,l,t,o,n);return s!==r&&s.dispose(),a!==e&&a.dispose(),Ut(p,"int32")}var SE,kE=I(()=>{bm();B();Du();hc();SE=cY});function uY(r,e,t,o=.5,n=Number.NEGATIVE_INFINITY,s=0){let a=k(r,"boxes","nonMaxSuppression"),c=k(e,"scores","nonMaxSuppression"),u=No(a,c,t,o,n,s);t=u.maxOutputSize,o=u.iouThreshold,n=u.scoreThreshold,s=u.softNmsSigma;let i={boxes:a,scores:c},l={maxOutputSize:t,iouThreshold:o,scoreThreshold:n,softNmsSigma:s},p=N.runKernel(fs,i,l);return{selectedIndices:p[0],selectedScores:p[1]}}var _E,TE=I(()=>{V();Y();B();Du();O();_E=_({nonMaxSuppressionWithScore_:uY})});async function lY(r,e,t,o=.5,n=Number.NEGATIVE_INFINITY,s=0){let a=k(r,"boxes","nonMaxSuppressionAsync"),c=k(e,"scores","nonMaxSuppressionAsync"),u=No(a,c,t,o,n,s);t=u.maxOutputSize,o=u.iouThreshold,n=u.scoreThreshold,s=u.softNmsSigma;let i=await Promise.all([a.data(),c.data()]),l=i[0],p=i[1],{selectedIndices:m,selectedScores:f}=ch(l,p,t,o,n,s);return a!==r&&a.dispose(),c!==e&&c.dispose(),{selectedIndices:Ut(m,"int32"),selectedScores:Ut(f)}}var NE,EE=I(()=>{bm();B();Du();hc();NE=lY});function pY(r,e,t,o=.5,n=Number.NEGATIVE_INFINITY,s=!1){let a=k(r,"boxes","nonMaxSuppression"),c=k(e,"scores","nonMaxSuppression"),u=No(a,c,t,o,n,null),i=u.maxOutputSize,l=u.iouThreshold,p=u.scoreThreshold,m={boxes:a,scores:c},f={maxOutputSize:i,iouThreshold:l,scoreThreshold:p,padToMaxOutputSize:s},d=N.runKernel(ms,m,f);return{selectedIndices:d[0],validOutputs:d[1]}}var $E,AE=I(()=>{V();Y();B();Du();O();$E=_({nonMaxSuppressionPadded_:pY})});async function mY(r,e,t,o=.5,n=Number.NEGATIVE_INFINITY,s=!1){let a=k(r,"boxes","nonMaxSuppressionAsync"),c=k(e,"scores","nonMaxSuppressionAsync"),u=No(a,c,t,o,n,null),i=u.maxOutputSize,l=u.iouThreshold,p=u.scoreThreshold,[m,f]=await Promise.all([a.data(),c.data()]),{selectedIndices:d,validOutputs:h}=ih(m,f,i,l,p,s);return a!==r&&a.dispose(),c!==e&&c.dispose(),{selectedIndices:Ut(d,"int32"),validOutputs:De(h,"int32")}}var RE,DE=I(()=>{bm();B();Du();Sr();hc();RE=mY});function fY(r,e,t=!1,o=!1){let n=k(r,"images","resizeBilinear");E(n.rank===3||n.rank===4,()=>`Error in resizeBilinear: x must be rank 3 or 4, but got rank ${n.rank}.`),E(e.length===2,()=>`Error in resizeBilinear: new shape must 2D, but got shape ${e}.`),E(o===!1||t===!1,()=>"Error in resizeBilinear: If halfPixelCenters is true, alignCorners must be false.");let s=n,a=!1;n.rank===3&&(a=!0,s=z(n,[1,n.shape[0],n.shape[1],n.shape[2]]));let[]=e,c={images:s},u={alignCorners:t,halfPixelCenters:o,size:e},i=N.runKernel(vs,c,u);return a?z(i,[i.shape[1],i.shape[2],i.shape[3]]):i}var FE,ME=I(()=>{V();Y();B();Z();O();We();FE=_({resizeBilinear_:fY})});function dY(r,e,t=!1,o=!1){let n=k(r,"images","resizeNearestNeighbor");E(n.rank===3||n.rank===4,()=>`Error in resizeNearestNeighbor: x must be rank 3 or 4, but got rank ${n.rank}.`),E(e.length===2,()=>`Error in resizeNearestNeighbor: new shape must 2D, but got shape ${e}.`),E(n.dtype==="float32"||n.dtype==="int32",()=>"`images` must have `int32` or `float32` as dtype"),E(o===!1||t===!1,()=>"Error in resizeNearestNeighbor: If halfPixelCenters is true, alignCorners must be false.");let s=n,a=!1;n.rank===3&&(a=!0,s=z(n,[1,n.shape[0],n.shape[1],n.shape[2]]));let[]=e,c={images:s},u={alignCorners:t,halfPixelCenters:o,size:e},i=N.runKernel(ws,c,u);return a?z(i,[i.shape[1],i.shape[2],i.shape[3]]):i}var PE,OE=I(()=>{V();Y();B();Z();O();We();PE=_({resizeNearestNeighbor_:dY})});function hY(r,e="binary",t=!1,o=.5){let n=k(r,"image","threshold"),s=.2989,a=.587,c=.114,u=n.shape[0]*n.shape[1],i=te(Ut([o]),255),l,p,m,f;if(E(n.rank===3,()=>`Error in threshold: image must be rank 3,but got rank ${n.rank}.`),E(n.shape[2]===3||n.shape[2]===1,()=>`Error in threshold: image color channel must be equal to 3 or 1but got ${n.shape[2]}.`),E(n.dtype==="int32"||n.dtype==="float32",()=>`Error in dtype: image dtype must be int32 or float32,but got dtype ${n.dtype}.`),E(e==="otsu"||e==="binary",()=>`Method must be binary or otsu, but was ${e}`),n.shape[2]===3){[l,p,m]=Ei(n,[1,1,1],-1);let g=te(l,s),x=te(p,a),y=te(m,c);f=fe(fe(g,x),y)}else f=r;if(e==="otsu"){let g=sd(qe(zd(f),"int32"),Io([]),256);i=gY(g,u)}let d=t?Ul(f,i):Iu(f,i);return qe(te(d,255),"int32")}function gY(r,e){let t=Ut([-1]),o=Ut([0]),n=Ut([0]),s,a,c,u,i,l;for(let p=0;p<r.size-1;p++){s=Pe(r,0,p+1),a=Pe(r,p+1),i=Ue(et(s),e),l=Ue(et(a),e);let m=et(te(s,dc(0,s.size)));c=Ue(m,et(s));let f=Zs(a.shape,s.size),d=fe(dc(0,a.size),f),h=te(a,d);u=Ue(et(h),et(a));let g=Ce(c,u),x=Ce(c,u),y=te(i,l);n=te(te(y,g),x);let w=Iu(n,o);o=lo(w,n,o),t=lo(w,Ut([p]),t)}return t}var BE,LE=I(()=>{hc();O();gr();fm();Rv();bd();hd();Jo();jt();Ct();Mr();tr();gI();Ll();Ol();So();Gd();Kp();Z();B();BE=_({threshold_:hY})});function xY(r,e,t="nearest",o="constant",n=0,s){let a=k(r,"image","transform","float32"),c=k(e,"transforms","transform","float32");E(a.rank===4,()=>`Error in transform: image must be rank 4,but got rank ${a.rank}.`),E(c.rank===2&&(c.shape[0]===a.shape[0]||c.shape[0]===1)&&c.shape[1]===8,()=>"Error in transform: Input transform should be batch x 8 or 1 x 8"),E(s==null||s.length===2,()=>`Error in transform: outputShape must be [height, width] or null, but got ${s}.`);let u={image:a,transforms:c},i={interpolation:t,fillMode:o,fillValue:n,outputShape:s};return N.runKernel(Gs,u,i)}var WE,VE=I(()=>{V();Y();B();Z();O();WE=_({transform_:xY})});function bY(r,e,t){let o=k(r,"a","bandPart");E(o.rank>=2,()=>`bandPart(): Rank must be at least 2, got ${o.rank}.`);let n=o.shape,[s,a]=o.shape.slice(-2),c,u;typeof e=="number"?(E(e%1===0,()=>`bandPart(): numLower must be an integer, got ${e}.`),E(e<=s,()=>`bandPart(): numLower (${e}) must not be greater than the number of rows (${s}).`),c=k(e<0?s:e,"numLower","bandPart")):(E(e.dtype==="int32",()=>"bandPart(): numLower's dtype must be an int32."),c=lo(sm(e,0),s,Ti(e,s))),typeof t=="number"?(E(t%1===0,()=>`bandPart(): numUpper must be an integer, got ${t}.`),E(t<=a,()=>`bandPart(): numUpper (${t}) must not be greater than the number of columns (${a}).`),u=k(t<0?a:t,"numUpper","bandPart")):(E(t.dtype==="int32",()=>"bandPart(): numUpper's dtype must be an int32."),u=lo(sm(t,0),a,Ti(t,a)));let i=z(dc(0,s,1,"int32"),[-1,1]),l=dc(0,a,1,"int32"),p=Ce(i,l),m=Cu(Ul(p,c),gd(p,xr(u))),f=_o([s,a],o.dtype);return z(en(ra(z(o,[-1,s,a])).map(d=>lo(m,d,f))),n)}var GE,UE=I(()=>{B();Z();Uv();Hv();bd();Sd();Rd();ki();O();Gd();We();dm();tr();eh();Ll();cm();GE=_({bandPart_:bY})});function yY(r){let e;if(Array.isArray(r)){e=!1,E(r!=null&&r.length>0,()=>"Gram-Schmidt process: input must not be null, undefined, or empty");let n=r[0].shape[0];for(let s=1;s<r.length;++s)E(r[s].shape[0]===n,()=>`Gram-Schmidt: Non-unique lengths found in the input vectors: (${r[s].shape[0]} vs. ${n})`)}else e=!0,r=Ei(r,r.shape[0],0).map(n=>Xl(n,[0]));E(r.length<=r[0].shape[0],()=>`Gram-Schmidt: Number of vectors (${r.length}) exceeds number of dimensions (${r[0].shape[0]}).`);let t=[],o=r;for(let n=0;n<r.length;++n)t.push(N.tidy(()=>{let s=o[n];if(n>0)for(let a=0;a<n;++a){let c=te(et(te(t[a],s)),t[a]);s=Ce(s,c)}return Ue(s,vu(s,"euclidean"))}));return e?en(t,0):t}var zE,HE=I(()=>{V();Z();Mr();Ct();om();O();fm();Jd();dm();tr();Jo();zE=_({gramSchmidt_:yY})});function wY(r,e=!1){if(E(r.rank>=2,()=>`qr() requires input tensor to have a rank >= 2, but got rank ${r.rank}`),r.rank===2)return qE(r,e);{let t=r.shape.slice(0,r.shape.length-2).reduce((u,i)=>u*i),o=ra(z(r,[t,r.shape[r.shape.length-2],r.shape[r.shape.length-1]]),0),n=[],s=[];o.forEach(u=>{let[i,l]=qE(u,e);n.push(i),s.push(l)});let a=z(en(n,0),r.shape),c=z(en(s,0),r.shape);return[a,c]}}function qE(r,e=!1){return N.tidy(()=>{E(r.shape.length===2,()=>`qr2d() requires a 2D Tensor, but got a ${r.shape.length}D Tensor.`);let t=r.shape[0],o=r.shape[1],n=fd(t),s=Co(r),a=mo([[1]],[1,1]),c=Co(a),u=t>=o?o:t;for(let i=0;i<u;++i){let l=s,p=c,m=n;[c,s,n]=N.tidy(()=>{let f=Pe(s,[i,i],[t-i,1]),d=vu(f),h=Pe(s,[i,i],[1,1]),g=lo(Iu(h,0),mo([[-1]]),mo([[1]])),x=Ce(h,te(g,d)),y=Ue(f,x);y.shape[0]===1?c=Co(a):c=gt([a,Pe(y,[1,0],[y.shape[0]-1,y.shape[1]])],0);let w=xr(Ue(Ke(g,x),d)),C=Pe(s,[i,0],[t-i,o]),T=te(w,c),$=To(c);if(i===0)s=Ce(C,Ke(T,Ke($,C)));else{let F=Ce(C,Ke(T,Ke($,C)));s=gt([Pe(s,[0,0],[i,o]),F],0)}let A=To(T),R=Pe(n,[0,i],[t,n.shape[1]-i]);if(i===0)n=Ce(R,Ke(Ke(R,c),A));else{let F=Ce(R,Ke(Ke(R,c),A));n=gt([Pe(n,[0,0],[t,i]),F],1)}return[c,s,n]}),Bt([l,p,m])}return!e&&t>o&&(n=Pe(n,[0,0],[t,o]),s=Pe(s,[0,0],[o,o])),[n,s]})}var KE,jE=I(()=>{V();Yr();Z();Ml();Yo();Mr();Wv();hd();yi();Ct();ki();om();O();We();So();dm();tr();Qd();oh();eh();Ll();KE=_({qr_:wY})});var Nt,tn=I(()=>{(function(r){r[r.NONE=0]="NONE",r[r.MEAN=1]="MEAN",r[r.SUM=2]="SUM",r[r.SUM_BY_NONZERO_WEIGHTS=3]="SUM_BY_NONZERO_WEIGHTS"})(Nt||(Nt={}))});function vY(r,e,t=Nt.SUM_BY_NONZERO_WEIGHTS){let o=k(r,"losses","computeWeightedLoss"),n=null;e!=null&&(n=k(e,"weights","computeWeightedLoss"));let s=n==null?o:te(o,n);if(t===Nt.NONE)return s;if(t===Nt.SUM)return et(s);if(t===Nt.MEAN){if(n==null)return _i(s);{let a=o.size/n.size,c=Ue(et(s),et(n));return a>1?Ue(c,De(a)):c}}if(t===Nt.SUM_BY_NONZERO_WEIGHTS){if(n==null)return Ue(et(s),De(o.size));{let a=te(n,Qs(o.shape)),c=qe(et(Dd(a,De(0))),"float32");return Ue(et(s),c)}}throw Error(`Unknown reduction: ${t}`)}var br,oa=I(()=>{B();gr();Mr();tn();$d();Ct();Qv();Ad();O();Sr();Jo();br=_({computeWeightedLoss_:vY})});function IY(r,e,t,o=Nt.SUM_BY_NONZERO_WEIGHTS){let n=k(r,"labels","absoluteDifference"),s=k(e,"predictions","absoluteDifference"),a=null;t!=null&&(a=k(t,"weights","absoluteDifference")),xt(n.shape,s.shape,"Error in absoluteDifference: ");let c=ir(Ce(n,s));return br(c,a,o)}var XE,YE=I(()=>{B();Z();xu();tn();O();tr();oa();XE=_({absoluteDifference_:IY})});function CY(r,e,t,o,n=Nt.SUM_BY_NONZERO_WEIGHTS){let s=k(r,"labels","cosineDistance"),a=k(e,"predictions","cosineDistance"),c=null;o!=null&&(c=k(o,"weights","cosineDistance")),xt(s.shape,a.shape,"Error in cosineDistance: ");let u=De(1),i=Ce(u,et(te(s,a),t,!0));return br(i,c,n)}var JE,ZE=I(()=>{B();Z();tn();Ct();O();Sr();tr();Jo();oa();JE=_({cosineDistance_:CY})});function SY(r,e,t,o=Nt.SUM_BY_NONZERO_WEIGHTS){let n=k(r,"labels","hingeLoss"),s=k(e,"predictions","hingeLoss"),a=null;t!=null&&(a=k(t,"weights","hingeLoss")),xt(n.shape,s.shape,"Error in hingeLoss: ");let c=De(1);n=Ce(te(De(2),n),c);let u=ta(Ce(c,te(n,s)));return br(u,a,o)}var QE,e$=I(()=>{B();Z();tn();Ct();O();mm();Sr();tr();oa();QE=_({hingeLoss_:SY})});function kY(r,e,t,o=1,n=Nt.SUM_BY_NONZERO_WEIGHTS){let s=k(r,"labels","huberLoss"),a=k(e,"predictions","huberLoss"),c=null;t!=null&&(c=k(t,"weights","huberLoss")),xt(s.shape,a.shape,"Error in huberLoss: ");let u=De(o),i=ir(Ce(a,s)),l=Ti(i,u),p=Ce(i,l),m=fe(te(De(.5),Gt(l)),te(u,p));return br(m,c,n)}var t$,r$=I(()=>{B();Z();xu();jt();tn();Rd();Ct();O();Sr();Ci();tr();oa();t$=_({huberLoss_:kY})});function _Y(r,e,t,o=1e-7,n=Nt.SUM_BY_NONZERO_WEIGHTS){let s=k(r,"labels","logLoss"),a=k(e,"predictions","logLoss"),c=null;t!=null&&(c=k(t,"weights","logLoss")),xt(s.shape,a.shape,"Error in logLoss: ");let u=De(1),i=De(o),l=xr(te(s,Qo(fe(a,i)))),p=te(Ce(u,s),Qo(fe(Ce(u,a),i))),m=Ce(l,p);return br(m,c,n)}var o$,n$=I(()=>{B();Z();jt();am();tn();Ct();ki();O();Sr();tr();oa();o$=_({logLoss_:_Y})});function TY(r,e,t,o=Nt.SUM_BY_NONZERO_WEIGHTS){let n=k(r,"labels","meanSquaredError"),s=k(e,"predictions","meanSquaredError"),a=null;t!=null&&(a=k(t,"weights","meanSquaredError")),xt(n.shape,s.shape,"Error in meanSquaredError: ");let c=Yd(n,s);return br(c,a,o)}var s$,a$=I(()=>{B();Z();tn();O();bI();oa();s$=_({meanSquaredError_:TY})});function NY(r,e){let t=k(r,"labels","sigmoidCrossEntropyWithLogits"),o=k(e,"logits","sigmoidCrossEntropyWithLogits");xt(t.shape,o.shape,"Error in sigmoidCrossEntropyWithLogits: ");let n=ta(o),s=te(o,t),a=yd(Lr(xr(ir(o))));return fe(Ce(n,s),a)}function EY(r,e,t,o=0,n=Nt.SUM_BY_NONZERO_WEIGHTS){let s=k(r,"multiClassLabels","sigmoidCrossEntropy"),a=k(e,"logits","sigmoidCrossEntropy"),c=null;if(t!=null&&(c=k(t,"weights","sigmoidCrossEntropy")),xt(s.shape,a.shape,"Error in sigmoidCrossEntropy: "),o>0){let i=De(o),l=De(1),p=De(.5);s=fe(te(s,Ce(l,i)),te(p,i))}let u=NY(s,a);return br(u,c,n)}var i$,c$=I(()=>{B();Z();xu();jt();Gl();qv();tn();Ct();ki();O();mm();Sr();tr();oa();i$=_({sigmoidCrossEntropy_:EY})});function $Y(r,e,t=-1){if(t===-1&&(t=e.rank-1),t!==e.rank-1)throw Error(`Softmax cross entropy along a non-last dimension is not yet supported. Labels / logits was rank ${e.rank} and dim was ${t}`);return kr((n,s,a)=>{let u=Cd(s,[t],!0),i=Ce(qe(s,"float32"),u);a([n,i]);let l=xr(te(i,n));return{value:et(l,[t]),gradFunc:(f,d)=>{let[h,g]=d,x=vi(f.shape,[t]);return[te(z(f,x),Ce(qe(h,"float32"),Lr(g))),te(z(f,x),Ce(Lr(g),qe(h,"float32")))]}}})(r,e)}function AY(r,e,t,o=0,n=Nt.SUM_BY_NONZERO_WEIGHTS){let s=k(r,"onehotLabels","softmaxCrossEntropy"),a=k(e,"logits","softmaxCrossEntropy"),c=null;if(t!=null&&(c=k(t,"weights","softmaxCrossEntropy")),xt(s.shape,a.shape,"Error in softmaxCrossEntropy: "),o>0){let i=De(o),l=De(1),p=De(s.shape[1]);s=fe(te(s,Ce(l,i)),Ue(i,p))}let u=$Y(s,a);return br(u,c,n)}var u$,l$=I(()=>{Si();B();Z();jt();Wl();gr();Mr();Gl();jv();tn();Ct();ki();O();We();Sr();tr();Jo();oa();u$=_({softmaxCrossEntropy_:AY})});function RY(r,e,t,o){let n=k(r,"indices","sparseFillEmptyRows","int32"),s=k(e,"values","sparseFillEmptyRows"),a=k(t,"denseShape","sparseFillEmptyRows","int32"),c=k(o,"defaultValue","sparseFillEmptyRows",s.dtype);if(n.rank!==2)throw new Error(`Indices should be Tensor2D but received shape
        ${n.shape}`);if(s.rank!==1)throw new Error(`Values should be Tensor1D but received shape ${s.shape}`);if(a.rank!==1)throw new Error(`Dense shape should be Tensor1D but received shape ${a.shape}`);if(c.rank!==0)throw new Error(`Default value should be a scalar but received shape ${c.shape}`);let u={indices:n,values:s,denseShape:a,defaultValue:c},i=N.runKernel(ri,u);return{outputIndices:i[0],outputValues:i[1],emptyRowIndicator:i[2],reverseIndexMap:i[3]}}var p$,m$=I(()=>{V();Y();B();O();p$=_({sparseFillEmptyRows_:RY})});function DY(r,e,t){let o=k(r,"inputIndices","sparseReshape","int32"),n=k(e,"inputShape","sparseReshape","int32"),s=k(t,"newShape","sparseReshape","int32");if(o.rank!==2)throw new Error(`Input indices should be Tensor2D but received shape
        ${o.shape}`);if(n.rank!==1)throw new Error(`Input shape should be Tensor1D but received shape ${n.shape}`);if(s.rank!==1)throw new Error(`New shape should be Tensor1D but received shape ${s.shape}`);let a={inputIndices:o,inputShape:n,newShape:s},c=N.runKernel(Ps,a);return{outputIndices:c[0],outputShape:c[1]}}var f$,d$=I(()=>{V();Y();B();O();f$=_({sparseReshape_:DY})});function FY(r,e,t){let o=k(r,"data","sparseSegmentMean"),n=k(e,"indices","sparseSegmentMean","int32"),s=k(t,"segmentIds","sparseSegmentMean","int32");if(o.rank<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(n.rank!==1)throw new Error(`Indices should be Tensor1D but received shape
          ${n.shape}`);if(s.rank!==1)throw new Error(`Segment ids should be Tensor1D but received shape
          ${s.shape}`);let a={data:o,indices:n,segmentIds:s};return N.runKernel(oi,a)}var h$,g$=I(()=>{V();Y();B();O();h$=_({sparseSegmentMean_:FY})});function MY(r,e,t){let o=k(r,"data","sparseSegmentSum"),n=k(e,"indices","sparseSegmentSum","int32"),s=k(t,"segmentIds","sparseSegmentSum","int32");if(o.rank<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(n.rank!==1)throw new Error(`Indices should be Tensor1D but received shape
         ${n.shape}`);if(s.rank!==1)throw new Error(`Segment ids should be Tensor1D but received shape
         ${s.shape}`);let a={data:o,indices:n,segmentIds:s};return N.runKernel(ni,a)}var x$,b$=I(()=>{V();Y();B();O();x$=_({sparseSegmentSum_:MY})});function PY(r,e,t,o,n,s,a,c){let u=k(r,"data","stringNGrams","string");if(u.dtype!=="string")throw new Error("Data must be of datatype string");if(u.shape.length!==1)throw new Error(`Data must be a vector, saw: ${u.shape}`);let i=k(e,"dataSplits","stringNGrams");if(i.dtype!=="int32")throw new Error("Data splits must be of datatype int32");let l={separator:t,nGramWidths:o,leftPad:n,rightPad:s,padWidth:a,preserveShortSequences:c},p={data:u,dataSplits:i},m=N.runKernel(si,p,l);return{nGrams:m[0],nGramsSplits:m[1]}}var y$,w$=I(()=>{V();Y();B();O();y$=_({stringNGrams_:PY})});function OY(r,e,t=!0){let o=k(r,"input","stringSplit","string"),n=k(e,"delimiter","stringSplit","string");if(o.rank!==1)throw new Error(`Input should be Tensor1D but received shape ${o.shape}`);if(n.rank!==0)throw new Error(`Delimiter should be a scalar but received shape ${n.shape}`);let s={skipEmpty:t},a={input:o,delimiter:n},c=N.runKernel(ai,a,s);return{indices:c[0],values:c[1],shape:c[2]}}var v$,I$=I(()=>{V();Y();B();O();v$=_({stringSplit_:OY})});function BY(r,e){let t=k(r,"input","stringToHashBucketFast","string"),o={numBuckets:e};if(e<=0)throw new Error("Number of buckets must be at least 1");let n={input:t};return N.runKernel(ii,n,o)}var C$,S$=I(()=>{V();Y();B();O();C$=_({stringToHashBucketFast_:BY})});function LY(r,e,t,o=!0){let n=k(r,"input","staticRegexReplace","string"),s={pattern:e,rewrite:t,replaceGlobal:o};return N.runKernel(Zi,{x:n},s)}var k$,_$=I(()=>{V();Y();B();O();k$=_({staticRegexReplace_:LY})});var WY,VY,GY,UY,zY,HY,qY,uh=I(()=>{xu();m1();d1();jt();g1();b1();w1();I1();S1();_1();N1();$1();R1();F1();Ev();B1();W1();Av();Zp();z1();q1();j1();Rv();Y1();Z1();Dv();bi();gr();e_();r_();Ml();oc();Yo();n_();a_();c_();l_();m_();Qp();d_();g_();w_();I_();S_();__();N_();$_();R_();id();F_();P_();Mr();L_();V_();Pv();Ov();U_();Mv();H_();X_();Gl();pd();J_();Wv();Ol();Vv();kv();Gv();hd();Uv();nm();Q_();tT();oT();zv();Hv();bd();sT();iT();am();qv();fT();hT();jv();Sd();Xv();Yv();xT();yT();yi();em();Jv();vT();CT();Zv();$d();kT();Lv();Rd();TT();ET();AT();Ct();DT();MT();ki();Qv();eI();Ad();OT();LT();Hl();VT();UT();HT();KT();XT();rm();rI();Sv();JT();QT();t2();o2();s2();_2();dI();N2();Vd();$2();Gd();pm();R2();mm();hI();We();_u();F2();P2();B2();W2();gI();V2();Sr();U2();H2();K2();Jp();X2();J2();Q2();So();tN();oN();sN();iN();uN();Kv();tI();qd();Kd();xI();Xd();fm();Vl();Ci();bI();Jd();dm();yI();pN();tr();Jo();fN();$v();Kp();hc();Qd();wI();hN();xN();yN();IN();md();SN();_N();NN();$N();eh();RN();FN();Ll();CI();cm();wi();MN();oh();om();PN();ON();Nd();WN();VN();zN();xm();HN();O();Xd();qd();Kd();xI();nE();aE();_I();TI();cE();lE();mE();dE();gE();bE();wE();kE();TE();EE();AE();DE();ME();OE();LE();VE();UE();HE();jE();YE();oa();ZE();e$();r$();n$();a$();c$();l$();m$();d$();g$();b$();w$();I$();S$();_$();WY={fft:Kl,ifft:Tu,rfft:jl,irfft:jd},VY={hammingWindow:sE,hannWindow:nh,frame:sh,stft:iE},GY={flipLeftRight:pE,grayscaleToRGB:fE,resizeNearestNeighbor:PE,resizeBilinear:FE,rgbToGrayscale:hE,rotateWithOffset:xE,cropAndResize:uE,nonMaxSuppression:yE,nonMaxSuppressionAsync:SE,nonMaxSuppressionWithScore:_E,nonMaxSuppressionWithScoreAsync:NE,nonMaxSuppressionPadded:$E,nonMaxSuppressionPaddedAsync:RE,threshold:BE,transform:WE},UY={bandPart:GE,gramSchmidt:zE,qr:KE},zY={absoluteDifference:XE,computeWeightedLoss:br,cosineDistance:JE,hingeLoss:QE,huberLoss:t$,logLoss:o$,meanSquaredError:s$,sigmoidCrossEntropy:i$,softmaxCrossEntropy:u$},HY={sparseFillEmptyRows:p$,sparseReshape:f$,sparseSegmentMean:h$,sparseSegmentSum:x$},qY={stringNGrams:y$,stringSplit:v$,stringToHashBucketFast:C$,staticRegexReplace:k$}});var AI={};nr(AI,{Serializable:()=>ym,SerializationMap:()=>lh,getRegisteredName:()=>jY,registerClass:()=>$I});function $I(r,e,t){E(r.className!=null,()=>"Class being registered does not have the static className property defined."),E(typeof r.className=="string",()=>"className is required to be a string, but got type "+typeof r.className),E(r.className.length>0,()=>"Class being registered has an empty-string as its className, which is disallowed."),typeof e>"u"&&(e="Custom"),typeof t>"u"&&(t=r.className);let o=t,n=e+">"+o;return lh.register(r),KY.set(n,r),EI.set(r,n),r}function jY(r){return EI.has(r)?EI.get(r):r.className}var KY,EI,ym,lh,ph=I(()=>{Z();KY=new Map,EI=new Map,ym=class{getClassName(){return this.constructor.className}static fromConfig(e,t){return new e(t)}},lh=class r{constructor(){this.classNameMap={}}static getMap(){return r.instance==null&&(r.instance=new r),r.instance}static register(e){r.getMap().classNameMap[e.className]=[e,e.fromConfig]}}});var _r,gc=I(()=>{Yr();Si();uh();ph();_r=class extends ym{minimize(e,t=!1,o){let{value:n,grads:s}=this.computeGradients(e,o);if(o!=null){let a=o.map(c=>({name:c.name,tensor:s[c.name]}));this.applyGradients(a)}else this.applyGradients(s);return Bt(s),t?n:(n.dispose(),null)}get iterations(){return this.iterations_==null&&(this.iterations_=0),this.iterations_}incrementIterations(){this.iterations_=this.iterations+1}computeGradients(e,t){return wd(e,t)}dispose(){this.iterations_!=null&&Bt(this.iterations_)}async saveIterations(){return this.iterations_==null&&(this.iterations_=0),{name:"iter",tensor:De(this.iterations_,"int32")}}async getWeights(){throw new Error("getWeights() is not implemented for this optimizer yet.")}async setWeights(e){throw new Error(`setWeights() is not implemented for this optimizer class ${this.getClassName()}`)}async extractIterations(e){return this.iterations_=(await e[0].tensor.data())[0],e.slice(1)}};Object.defineProperty(_r,Symbol.hasInstance,{value:r=>r.minimize!=null&&r.computeGradients!=null&&r.applyGradients!=null})});var xc,mh=I(()=>{V();Yr();jt();Mr();Ct();uh();Ci();wi();gc();xc=class extends _r{static get className(){return"Adadelta"}constructor(e,t,o=null){super(),this.learningRate=e,this.rho=t,this.epsilon=o,this.accumulatedGrads=[],this.accumulatedUpdates=[],o==null&&(this.epsilon=N.backend.epsilon())}applyGradients(e){(Array.isArray(e)?e.map(o=>o.name):Object.keys(e)).forEach((o,n)=>{let s=N.registeredVariables[o],a=!1;this.accumulatedGrads[n]==null&&(this.accumulatedGrads[n]={originalName:`${o}/accum_grad`,variable:at(()=>Xt(s).variable(a))}),this.accumulatedUpdates[n]==null&&(this.accumulatedUpdates[n]={originalName:`${o}/accum_var`,variable:at(()=>Xt(s).variable(a))});let c=Array.isArray(e)?e[n].tensor:e[o];if(c==null)return;let u=this.accumulatedGrads[n].variable,i=this.accumulatedUpdates[n].variable;at(()=>{let l=fe(te(u,this.rho),te(Gt(c),1-this.rho)),p=te(Ue(Br(fe(i,this.epsilon)),Br(fe(u,this.epsilon))),c),m=fe(te(i,this.rho),te(Gt(p),1-this.rho));u.assign(l),i.assign(m);let f=fe(te(p,-this.learningRate),s);s.assign(f)})}),this.incrementIterations()}dispose(){this.accumulatedUpdates!=null&&(Bt(this.accumulatedGrads.map(e=>e.variable)),Bt(this.accumulatedUpdates.map(e=>e.variable)))}async getWeights(){let e=[...this.accumulatedGrads,...this.accumulatedUpdates];return[await this.saveIterations()].concat(e.map(t=>({name:t.originalName,tensor:t.variable})))}async setWeights(e){e=await this.extractIterations(e);let t=e.length/2,o=!1;this.accumulatedGrads=e.slice(0,t).map(n=>({originalName:n.name,variable:n.tensor.variable(o)})),this.accumulatedUpdates=e.slice(t,t*2).map(n=>({originalName:n.name,variable:n.tensor.variable(o)}))}getConfig(){return{learningRate:this.learningRate,rho:this.rho,epsilon:this.epsilon}}static fromConfig(e,t){return new e(t.learningRate,t.rho,t.epsilon)}}});var bc,fh=I(()=>{V();Yr();jt();Mr();Ol();Ct();Vl();Ci();gc();bc=class extends _r{static get className(){return"Adagrad"}constructor(e,t=.1){super(),this.learningRate=e,this.initialAccumulatorValue=t,this.accumulatedGrads=[]}applyGradients(e){(Array.isArray(e)?e.map(o=>o.name):Object.keys(e)).forEach((o,n)=>{let s=N.registeredVariables[o];this.accumulatedGrads[n]==null&&(this.accumulatedGrads[n]={originalName:`${o}/accumulator`,variable:at(()=>Zs(s.shape,this.initialAccumulatorValue).variable(!1))});let a=Array.isArray(e)?e[n].tensor:e[o];if(a==null)return;let c=this.accumulatedGrads[n].variable;at(()=>{let u=fe(c,Gt(a));c.assign(u);let i=fe(te(Ue(a,Br(fe(u,N.backend.epsilon()))),-this.learningRate),s);s.assign(i)})}),this.incrementIterations()}dispose(){this.accumulatedGrads!=null&&Bt(this.accumulatedGrads.map(e=>e.variable))}async getWeights(){return[await this.saveIterations()].concat(this.accumulatedGrads.map(e=>({name:e.originalName,tensor:e.variable})))}async setWeights(e){e=await this.extractIterations(e);let t=!1;this.accumulatedGrads=e.map(o=>({originalName:o.name,variable:o.tensor.variable(t)}))}getConfig(){return{learningRate:this.learningRate,initialAccumulatorValue:this.initialAccumulatorValue}}static fromConfig(e,t){return new e(t.learningRate,t.initialAccumulatorValue)}}});var yc,dh=I(()=>{V();Yr();jt();Mr();Ct();rm();Sr();Vl();Ci();tr();wi();gc();yc=class extends _r{static get className(){return"Adam"}constructor(e,t,o,n=null){super(),this.learningRate=e,this.beta1=t,this.beta2=o,this.epsilon=n,this.accumulatedFirstMoment=[],this.accumulatedSecondMoment=[],at(()=>{this.accBeta1=De(t).variable(),this.accBeta2=De(o).variable()}),n==null&&(this.epsilon=N.backend.epsilon())}applyGradients(e){let t=Array.isArray(e)?e.map(o=>o.name):Object.keys(e);at(()=>{let o=Ce(1,this.accBeta1),n=Ce(1,this.accBeta2);t.forEach((s,a)=>{let c=N.registeredVariables[s],u=!1;this.accumulatedFirstMoment[a]==null&&(this.accumulatedFirstMoment[a]={originalName:`${s}/m`,variable:at(()=>Xt(c).variable(u))}),this.accumulatedSecondMoment[a]==null&&(this.accumulatedSecondMoment[a]={originalName:`${s}/v`,variable:at(()=>Xt(c).variable(u))});let i=Array.isArray(e)?e[a].tensor:e[s];if(i==null)return;let l=this.accumulatedFirstMoment[a].variable,p=this.accumulatedSecondMoment[a].variable,m=fe(te(l,this.beta1),te(i,1-this.beta1)),f=fe(te(p,this.beta2),te(Gt(i),1-this.beta2)),d=Ue(m,o),h=Ue(f,n);l.assign(m),p.assign(f);let g=fe(te(Ue(d,fe(Br(h),this.epsilon)),-this.learningRate),c);c.assign(g)}),this.accBeta1.assign(te(this.accBeta1,this.beta1)),this.accBeta2.assign(te(this.accBeta2,this.beta2))}),this.incrementIterations()}dispose(){this.accBeta1.dispose(),this.accBeta2.dispose(),this.accumulatedFirstMoment!=null&&Bt(this.accumulatedFirstMoment.map(e=>e.variable)),this.accumulatedSecondMoment!=null&&Bt(this.accumulatedSecondMoment.map(e=>e.variable))}async getWeights(){let e=[...this.accumulatedFirstMoment,...this.accumulatedSecondMoment];return[await this.saveIterations()].concat(e.map(t=>({name:t.originalName,tensor:t.variable})))}async setWeights(e){e=await this.extractIterations(e),at(()=>{this.accBeta1.assign(Ii(this.beta1,this.iterations_+1)),this.accBeta2.assign(Ii(this.beta2,this.iterations_+1))});let t=e.length/2,o=!1;this.accumulatedFirstMoment=e.slice(0,t).map(n=>({originalName:n.name,variable:n.tensor.variable(o)})),this.accumulatedSecondMoment=e.slice(t,t*2).map(n=>({originalName:n.name,variable:n.tensor.variable(o)}))}getConfig(){return{learningRate:this.learningRate,beta1:this.beta1,beta2:this.beta2,epsilon:this.epsilon}}static fromConfig(e,t){return new e(t.learningRate,t.beta1,t.beta2,t.epsilon)}}});var wc,hh=I(()=>{V();Yr();xu();jt();Mr();Zv();Ct();Sr();tr();wi();gc();wc=class extends _r{static get className(){return"Adamax"}constructor(e,t,o,n=null,s=0){super(),this.learningRate=e,this.beta1=t,this.beta2=o,this.epsilon=n,this.decay=s,this.accumulatedFirstMoment=[],this.accumulatedWeightedInfNorm=[],at(()=>{this.iteration=De(0).variable(),this.accBeta1=De(t).variable()}),n==null&&(this.epsilon=N.backend.epsilon())}applyGradients(e){let t=Array.isArray(e)?e.map(o=>o.name):Object.keys(e);at(()=>{let o=Ce(1,this.accBeta1),n=Ue(-this.learningRate,fe(te(this.iteration,this.decay),1));t.forEach((s,a)=>{let c=N.registeredVariables[s],u=!1;this.accumulatedFirstMoment[a]==null&&(this.accumulatedFirstMoment[a]={originalName:`${s}/m`,variable:Xt(c).variable(u)}),this.accumulatedWeightedInfNorm[a]==null&&(this.accumulatedWeightedInfNorm[a]={originalName:`${s}/v`,variable:Xt(c).variable(u)});let i=Array.isArray(e)?e[a].tensor:e[s];if(i==null)return;let l=this.accumulatedFirstMoment[a].variable,p=this.accumulatedWeightedInfNorm[a].variable,m=fe(te(l,this.beta1),te(i,1-this.beta1)),f=te(p,this.beta2),d=ir(i),h=zl(f,d);l.assign(m),p.assign(h);let g=fe(te(Ue(n,o),Ue(m,fe(h,this.epsilon))),c);c.assign(g)}),this.iteration.assign(fe(this.iteration,1)),this.accBeta1.assign(te(this.accBeta1,this.beta1))}),this.incrementIterations()}dispose(){this.accBeta1.dispose(),this.iteration.dispose(),this.accumulatedFirstMoment!=null&&Bt(this.accumulatedFirstMoment.map(e=>e.variable)),this.accumulatedWeightedInfNorm!=null&&Bt(this.accumulatedWeightedInfNorm.map(e=>e.variable))}async getWeights(){throw new Error("getWeights() is not implemented for Adamax yet.")}async setWeights(e){throw new Error("setWeights() is not implemented for Adamax yet.")}getConfig(){return{learningRate:this.learningRate,beta1:this.beta1,beta2:this.beta2,epsilon:this.epsilon,decay:this.decay}}static fromConfig(e,t){return new e(t.learningRate,t.beta1,t.beta2,t.epsilon,t.decay)}}});var na,wm=I(()=>{V();Yr();jt();Ct();Sr();gc();na=class extends _r{static get className(){return"SGD"}constructor(e){super(),this.learningRate=e,this.setLearningRate(e)}applyGradients(e){(Array.isArray(e)?e.map(o=>o.name):Object.keys(e)).forEach((o,n)=>{let s=Array.isArray(e)?e[n].tensor:e[o];if(s==null)return;let a=N.registeredVariables[o];at(()=>{let c=fe(te(this.c,s),a);a.assign(c)})}),this.incrementIterations()}setLearningRate(e){this.learningRate=e,this.c!=null&&this.c.dispose(),this.c=iv(De(-e))}dispose(){this.c.dispose()}async getWeights(){return[await this.saveIterations()]}async setWeights(e){if(e=await this.extractIterations(e),e.length!==0)throw new Error("SGD optimizer does not have settable weights.")}getConfig(){return{learningRate:this.learningRate}}static fromConfig(e,t){return new e(t.learningRate)}}});var vc,gh=I(()=>{V();Yr();jt();Ct();Sr();wi();wm();vc=class extends na{static get className(){return"Momentum"}constructor(e,t,o=!1){super(e),this.learningRate=e,this.momentum=t,this.useNesterov=o,this.accumulations=[],this.m=De(this.momentum)}applyGradients(e){(Array.isArray(e)?e.map(o=>o.name):Object.keys(e)).forEach((o,n)=>{let s=N.registeredVariables[o];this.accumulations[n]==null&&(this.accumulations[n]={originalName:`${o}/momentum`,variable:at(()=>Xt(s).variable(!1))});let a=this.accumulations[n].variable,c=Array.isArray(e)?e[n].tensor:e[o];c!=null&&at(()=>{let u,i=fe(te(this.m,a),c);this.useNesterov?u=fe(te(this.c,fe(c,te(i,this.m))),s):u=fe(te(this.c,i),s),a.assign(i),s.assign(u)})}),this.incrementIterations()}dispose(){this.m.dispose(),this.accumulations!=null&&Bt(this.accumulations.map(e=>e.variable))}setMomentum(e){this.momentum=e}async getWeights(){return[await this.saveIterations()].concat(this.accumulations.map(e=>({name:e.originalName,tensor:e.variable})))}async setWeights(e){e=await this.extractIterations(e);let t=!1;this.accumulations=e.map(o=>({originalName:o.name,variable:o.tensor.variable(t)}))}getConfig(){return{learningRate:this.learningRate,momentum:this.momentum,useNesterov:this.useNesterov}}static fromConfig(e,t){return new e(t.learningRate,t.momentum,t.useNesterov)}}});var Ic,xh=I(()=>{V();Yr();jt();Mr();Ct();Vl();Ci();tr();wi();gc();Ic=class extends _r{static get className(){return"RMSProp"}constructor(e,t=.9,o=0,n=null,s=!1){if(super(),this.learningRate=e,this.decay=t,this.momentum=o,this.epsilon=n,this.accumulatedMeanSquares=[],this.accumulatedMoments=[],this.accumulatedMeanGrads=[],this.centered=s,n==null&&(this.epsilon=N.backend.epsilon()),e==null)throw new Error("learningRate for RMSPropOptimizer must be defined.")}applyGradients(e){(Array.isArray(e)?e.map(o=>o.name):Object.keys(e)).forEach((o,n)=>{let s=N.registeredVariables[o],a=!1;this.accumulatedMeanSquares[n]==null&&(this.accumulatedMeanSquares[n]={originalName:`${o}/rms`,variable:at(()=>Xt(s).variable(a))}),this.accumulatedMoments[n]==null&&(this.accumulatedMoments[n]={originalName:`${o}/momentum`,variable:at(()=>Xt(s).variable(a))}),this.accumulatedMeanGrads[n]==null&&this.centered&&(this.accumulatedMeanGrads[n]={originalName:`${o}/mg`,variable:at(()=>Xt(s).variable(a))});let c=Array.isArray(e)?e[n].tensor:e[o];if(c==null)return;let u=this.accumulatedMeanSquares[n].variable,i=this.accumulatedMoments[n].variable;at(()=>{let l=fe(te(u,this.decay),te(Gt(c),1-this.decay));if(this.centered){let p=this.accumulatedMeanGrads[n].variable,m=fe(te(p,this.decay),te(c,1-this.decay)),f=Ue(te(c,this.learningRate),Br(Ce(l,fe(Gt(m),this.epsilon)))),d=fe(te(i,this.momentum),f);u.assign(l),p.assign(m),i.assign(d);let h=Ce(s,d);s.assign(h)}else{let p=fe(te(u,this.decay),te(Gt(c),1-this.decay)),m=fe(te(i,this.momentum),Ue(te(c,this.learningRate),Br(fe(p,this.epsilon))));u.assign(p),i.assign(m);let f=Ce(s,m);s.assign(f)}})}),this.incrementIterations()}dispose(){this.accumulatedMeanSquares!=null&&Bt(this.accumulatedMeanSquares.map(e=>e.variable)),this.accumulatedMeanGrads!=null&&this.centered&&Bt(this.accumulatedMeanGrads.map(e=>e.variable)),this.accumulatedMoments!=null&&Bt(this.accumulatedMoments.map(e=>e.variable))}async getWeights(){let e=[...this.accumulatedMeanSquares,...this.accumulatedMoments];return this.centered&&e.push(...this.accumulatedMeanGrads),[await this.saveIterations()].concat(e.map(t=>({name:t.originalName,tensor:t.variable})))}async setWeights(e){e=await this.extractIterations(e);let t=this.centered?e.length/3:e.length/2,o=!1;this.accumulatedMeanSquares=e.slice(0,t).map(n=>({originalName:n.name,variable:n.tensor.variable(o)})),this.accumulatedMoments=e.slice(t,t*2).map(n=>({originalName:n.name,variable:n.tensor.variable(o)})),this.centered&&(this.accumulatedMeanGrads=e.slice(t*2,t*3).map(n=>({originalName:n.name,variable:n.tensor.variable(o)})))}getConfig(){return{learningRate:this.learningRate,decay:this.decay,momentum:this.momentum,epsilon:this.epsilon,centered:this.centered}}static fromConfig(e,t){return new e(t.learningRate,t.decay,t.momentum,t.epsilon,t.centered)}}});function T$(){for(let r of XY)$I(r)}var XY,N$=I(()=>{mh();fh();dh();hh();gh();xh();wm();ph();XY=[xc,bc,yc,wc,vc,Ic,na]});function E$(r){return new Promise(e=>setTimeout(e)).then(r)}function e7(r="model"){return new Zl(r)}function $$(r){return new RI(r)}var YY,JY,ZY,Zl,RI,QY,A$=I(()=>{Al();sr();du();hu();nc();YY="model",JY=".json",ZY=".weights.bin";Zl=class r{constructor(e){if(!P().getBool("IS_BROWSER"))throw new Error("browserDownloads() cannot proceed because the current environment is not a browser.");e.startsWith(r.URL_SCHEME)&&(e=e.slice(r.URL_SCHEME.length)),(e==null||e.length===0)&&(e=YY),this.modelJsonFileName=e+JY,this.weightDataFileName=e+ZY}async save(e){if(typeof document>"u")throw new Error("Browser downloads are not supported in this environment since `document` is not present");let t=hr.join(e.weightData),o=window.URL.createObjectURL(new Blob([t],{type:"application/octet-stream"}));if(e.modelTopology instanceof ArrayBuffer)throw new Error("BrowserDownloads.save() does not support saving model topology in binary formats yet.");{let n=[{paths:["./"+this.weightDataFileName],weights:e.weightSpecs}],s=Jf(e,n),a=window.URL.createObjectURL(new Blob([JSON.stringify(s)],{type:"application/json"})),c=this.modelJsonAnchor==null?document.createElement("a"):this.modelJsonAnchor;if(c.download=this.modelJsonFileName,c.href=a,await E$(()=>c.dispatchEvent(new MouseEvent("click"))),e.weightData!=null){let u=this.weightDataAnchor==null?document.createElement("a"):this.weightDataAnchor;u.download=this.weightDataFileName,u.href=o,await E$(()=>u.dispatchEvent(new MouseEvent("click")))}return{modelArtifactsInfo:Ks(e)}}}};Zl.URL_SCHEME="downloads://";RI=class{constructor(e){if(e==null||e.length<1)throw new Error(`When calling browserFiles, at least 1 file is required, but received ${e}`);this.jsonFile=e[0],this.weightsFiles=e.slice(1)}async load(){return new Promise((e,t)=>{let o=new FileReader;o.onload=n=>{let s=JSON.parse(n.target.result),a=s.modelTopology;if(a==null){t(new Error(`modelTopology field is missing from file ${this.jsonFile.name}`));return}if(s.weightsManifest==null){t(new Error(`weightManifest field is missing from file ${this.jsonFile.name}`));return}if(this.weightsFiles.length===0){e({modelTopology:a});return}let u=Rl(s,i=>this.loadWeights(i));e(u)},o.onerror=n=>t(`Failed to read model topology and weights manifest JSON from file '${this.jsonFile.name}'. BrowserFiles supports loading Keras-style tf.Model artifacts only.`),o.readAsText(this.jsonFile)})}loadWeights(e){let t=[],o=[];for(let a of e)t.push(...a.weights),o.push(...a.paths);let n=this.checkManifestAndWeightFiles(e),s=o.map(a=>this.loadWeightsFile(a,n[a]));return Promise.all(s).then(a=>[t,a])}loadWeightsFile(e,t){return new Promise((o,n)=>{let s=new FileReader;s.onload=a=>{let c=a.target.result;o(c)},s.onerror=a=>n(`Failed to weights data from file of path '${e}'.`),s.readAsArrayBuffer(t)})}checkManifestAndWeightFiles(e){let t=[],o=this.weightsFiles.map(s=>fv(s.name)),n={};for(let s of e)s.paths.forEach(a=>{let c=fv(a);if(t.indexOf(c)!==-1)throw new Error(`Duplicate file basename found in weights manifest: '${c}'`);if(t.push(c),o.indexOf(c)===-1)throw new Error(`Weight file with basename '${c}' is not provided.`);n[a]=this.weightsFiles[o.indexOf(c)]});if(t.length!==this.weightsFiles.length)throw new Error(`Mismatch in the number of files in weights manifest (${t.length}) and the number of weight files provided (${this.weightsFiles.length}).`);return n}},QY=r=>P().getBool("IS_BROWSER")&&!Array.isArray(r)&&r.startsWith(Zl.URL_SCHEME)?e7(r.slice(Zl.URL_SCHEME.length)):null;Qt.registerSaveRouter(QY)});function DI(r,e,t,o){a(r),t=t??0,o=o??1,c(t,o);let n=0,s=u=>(u.then(i=>{let l=t+ ++n/r.length*(o-t);return e(l),i}),u);function a(u){E(u!=null&&Array.isArray(u)&&u.length>0,()=>"promises must be a none empty array")}function c(u,i){E(u>=0&&u<=1,()=>`Progress fraction must be in range [0, 1], but got startFraction ${u}`),E(i>=0&&i<=1,()=>`Progress fraction must be in range [0, 1], but got endFraction ${i}`),E(i>=u,()=>`startFraction must be no more than endFraction, but got startFraction ${u} and endFraction ${i}`)}return Promise.all(r.map(s))}var R$=I(()=>{Z();});async function FI(r,e){e==null&&(e={});let t=e.fetchFunc==null?P().platform.fetch:e.fetchFunc,o=r.map(p=>t(p,e.requestInit,{isBinary:!0})),c=(e.onProgress==null?await Promise.all(o):await DI(o,e.onProgress,0,.5)).map(p=>p.arrayBuffer());return e.onProgress==null?await Promise.all(c):await DI(c,e.onProgress,.5,1)}function D$(r,e){var t;let o=e.fetchFunc==null?P().platform.fetch:e.fetchFunc,n=0,s;return(t=e.onProgress)===null||t===void 0||t.call(e,0),new ReadableStream({pull:async a=>{for(var c;n<r.length;){s||(s=(await o(r[n],e.requestInit,{isBinary:!0})).body.getReader());let{done:u,value:i}=await s.read();if(u){n++,s=void 0,(c=e.onProgress)===null||c===void 0||c.call(e,n/r.length);continue}a.enqueue(i);return}a.close()}})}async function F$(r,e="",t,o){return MI(a=>FI(a,{requestInit:o}))(r,e,t)}function MI(r){return async(e,t="",o)=>{let n=e.map(()=>!1),s={},a=o!=null?o.map(()=>!1):[],c=[];if(e.forEach((f,d)=>{let h=0;f.weights.forEach(g=>{let x="quantization"in g?g.quantization.dtype:g.dtype,y=gi[x]*Ge(g.shape),w=()=>{n[d]=!0,s[d]==null&&(s[d]=[]),s[d].push({manifestEntry:g,groupOffset:h,sizeBytes:y})};o!=null?o.forEach((C,T)=>{C===g.name&&(w(),a[T]=!0)}):w(),c.push(g.name),h+=y})}),!a.every(f=>f)){let f=o.filter((d,h)=>!a[h]);throw new Error(`Could not find weights in manifest with names: ${f.join(", ")}. 
Manifest JSON has weights with names: ${c.join(", ")}.`)}let u=n.reduce((f,d,h)=>(d&&f.push(h),f),[]),i=[];u.forEach(f=>{e[f].paths.forEach(d=>{let h=t+(t.endsWith("/")?"":"/")+d;i.push(h)})});let l=await r(i),p={},m=0;return u.forEach(f=>{let d=e[f].paths.length,h=new hr(l.slice(m,m+d));s[f].forEach(x=>{let y=h.slice(x.groupOffset,x.groupOffset+x.sizeBytes),w=Yf(y,[x.manifestEntry]);for(let C in w)p[C]=w[C]}),m+=d}),p}}var PI=I(()=>{sr();Z();nc();du();R$();av();});function o7(r){let e=r.lastIndexOf("/"),t=r.lastIndexOf("?"),o=r.substring(0,e),n=t>e?r.substring(t):"";return[o+"/",n]}function bh(r){return r.match(vm.URL_SCHEME_REGEX)!=null}function yh(r,e){return new vm(r,e)}function P$(r,e){return yh(r,e)}var t7,r7,vm,M$,O$=I(()=>{sr();Z();du();nc();hu();PI();t7="application/octet-stream",r7="application/json",vm=class{constructor(e,t){if(this.DEFAULT_METHOD="POST",t==null&&(t={}),this.weightPathPrefix=t.weightPathPrefix,this.weightUrlConverter=t.weightUrlConverter,t.fetchFunc!=null?(E(typeof t.fetchFunc=="function",()=>"Must pass a function that matches the signature of `fetch` (see https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API)"),this.fetch=t.fetchFunc):this.fetch=P().platform.fetch,E(e!=null&&e.length>0,()=>"URL path for http must not be null, undefined or empty."),Array.isArray(e)&&E(e.length===2,()=>`URL paths for http must have a length of 2, (actual length is ${e.length}).`),this.path=e,t.requestInit!=null&&t.requestInit.body!=null)throw new Error("requestInit is expected to have no pre-existing body, but has one.");this.requestInit=t.requestInit||{},this.loadOptions=t}async save(e){if(e.modelTopology instanceof ArrayBuffer)throw new Error("BrowserHTTPRequest.save() does not support saving model topology in binary formats yet.");let t=Object.assign({method:this.DEFAULT_METHOD},this.requestInit);t.body=new FormData;let o=[{paths:["./model.weights.bin"],weights:e.weightSpecs}],n=Jf(e,o);if(t.body.append("model.json",new Blob([JSON.stringify(n)],{type:r7}),"model.json"),e.weightData!=null){let a=hr.join(e.weightData);t.body.append("model.weights.bin",new Blob([a],{type:t7}),"model.weights.bin")}let s=await this.fetch(this.path,t);if(s.ok)return{modelArtifactsInfo:Ks(e),responses:[s]};throw new Error(`BrowserHTTPRequest.save() failed due to HTTP response status ${s.status}.`)}async loadModelJSON(){let e=await this.fetch(this.path,this.requestInit);if(!e.ok)throw new Error(`Request to ${this.path} failed with status code ${e.status}. Please verify this URL points to the model JSON of the model to load.`);let t;try{t=await e.json()}catch{let a=`Failed to parse model JSON of response from ${this.path}.`;throw this.path.endsWith(".pb")?a+=" Your path contains a .pb file extension. Support for .pb models have been removed in TensorFlow.js 1.0 in favor of .json models. You can re-convert your Python TensorFlow model using the TensorFlow.js 1.0 conversion scripts or you can convert your.pb models with the 'pb2json'NPM script in the tensorflow/tfjs-converter repository.":a+=" Please make sure the server is serving valid JSON for this request.",new Error(a)}let o=t.modelTopology,n=t.weightsManifest;if(o==null&&n==null)throw new Error(`The JSON from HTTP path ${this.path} contains neither model topology or manifest for weights.`);return t}async load(){if(this.loadOptions.streamWeights)return this.loadStream();let e=await this.loadModelJSON();return Rl(e,t=>this.loadWeights(t))}async loadStream(){let e=await this.loadModelJSON(),t=await this.getWeightUrls(e.weightsManifest),o=jp(e.weightsManifest),n=()=>D$(t,this.loadOptions);return Object.assign(Object.assign({},e),{weightSpecs:o,getWeightStream:n})}async getWeightUrls(e){let t=Array.isArray(this.path)?this.path[1]:this.path,[o,n]=o7(t),s=this.weightPathPrefix||o,a=[],c=[];for(let u of e)for(let i of u.paths)this.weightUrlConverter!=null?c.push(this.weightUrlConverter(i)):a.push(s+i+n);return this.weightUrlConverter&&a.push(...await Promise.all(c)),a}async loadWeights(e){let t=await this.getWeightUrls(e),o=jp(e),n=await FI(t,this.loadOptions);return[o,n]}};vm.URL_SCHEME_REGEX=/^https?:\/\//;M$=(r,e)=>{if(typeof fetch>"u"&&(e==null||e.fetchFunc==null))return null;{let t=!0;if(Array.isArray(r)?t=r.every(o=>bh(o)):t=bh(r),t)return yh(r,e)}return null};Qt.registerSaveRouter(M$);Qt.registerLoadRouter(M$)});function B$(r,e,t,o){let n=arguments;return new OI(BI(...n))}function BI(r,e,t,o){return arguments.length===1?r.modelTopology!=null||r.weightSpecs!=null?new Im(r):(console.warn("Please call tf.io.fromMemory() with only one argument. The argument should be of type ModelArtifacts. The multi-argument signature of tf.io.fromMemory() has been deprecated and will be removed in a future release."),new Im({modelTopology:r})):(console.warn("Please call tf.io.fromMemory() with only one argument. The argument should be of type ModelArtifacts. The multi-argument signature of tf.io.fromMemory() has been deprecated and will be removed in a future release."),new Im({modelTopology:r,weightSpecs:e,weightData:t,trainingConfig:o}))}function L$(r){return new wh(r)}function W$(r){return new wh(r)}var Im,wh,OI,V$=I(()=>{Im=class{constructor(e){this.modelArtifacts=e}load(){return this.modelArtifacts}},wh=class{constructor(e){this.saveHandler=e}save(e){return this.saveHandler(e)}},OI=class{constructor(e){e.load&&(this.load=()=>Promise.resolve(e.load())),e.save&&(this.save=t=>Promise.resolve(e.save(t)))}}});var LI={};nr(LI,{CompositeArrayBuffer:()=>hr,browserFiles:()=>$$,browserHTTPRequest:()=>P$,concatenateArrayBuffers:()=>zk,copyModel:()=>n1,decodeWeights:()=>Yf,decodeWeightsStream:()=>Vk,encodeWeights:()=>Lk,fromMemory:()=>B$,fromMemorySync:()=>BI,getLoadHandlers:()=>jk,getModelArtifactsForJSON:()=>Rl,getModelArtifactsForJSONSync:()=>dv,getModelArtifactsInfoForJSON:()=>Ks,getSaveHandlers:()=>Kk,getWeightSpecs:()=>jp,http:()=>yh,isHTTPScheme:()=>bh,listModels:()=>r1,loadWeights:()=>F$,moveModel:()=>s1,registerLoadRouter:()=>qk,registerSaveRouter:()=>Hk,removeModel:()=>o1,weightsLoaderFactory:()=>MI,withSaveHandler:()=>L$,withSaveHandlerSync:()=>W$});var G$=I(()=>{bv();yv();A$();O$();du();V$();hu();PI();nc();wv();});function n7(r,e,t){let o=k(r,"labels","confusionMatrix"),n=k(e,"predictions","confusionMatrix");E(t==null||t>0&&Number.isInteger(t),()=>`If provided, numClasses must be a positive integer, but got ${t}`),E(o.rank===1,()=>`Expected the rank of labels to be 1, but got ${o.rank}`),E(n.rank===1,()=>`Expected the rank of predictions to be 1, but got ${n.rank}`),E(o.shape[0]===n.shape[0],()=>`Mismatch in the number of examples: ${o.shape[0]} vs. ${n.shape[0]}. Labels and predictions should have the same number of elements.`),E(t>0&&Number.isInteger(t),()=>`numClasses is required to be a positive integer, but got ${t}`);let s=um(qe(o,"int32"),t),a=um(qe(n,"int32"),t),c=To(s),u=Ke(c,a);return qe(u,"int32")}var U$,z$=I(()=>{B();Z();gr();yi();eI();O();oh();U$=_({confusionMatrix_:n7})});var WI={};nr(WI,{confusionMatrix:()=>U$});var H$=I(()=>{z$();});var VI={};nr(VI,{draw:()=>m7,fromPixels:()=>f7,fromPixelsAsync:()=>u7,toPixels:()=>p7});function K$(r,e=3){if(e>4)throw new Error("Cannot construct Tensor with more than 4 channels from pixels.");if(r==null)throw new Error("pixels passed to tf.browser.fromPixels() can not be null");let t=!1,o=!1,n=!1,s=!1,a=!1,c=!1;if(r.data instanceof Uint8Array)t=!0;else if(typeof ImageData<"u"&&r instanceof ImageData)o=!0;else if(typeof HTMLVideoElement<"u"&&r instanceof HTMLVideoElement)n=!0;else if(typeof HTMLImageElement<"u"&&r instanceof HTMLImageElement)s=!0;else if(r.getContext!=null)a=!0;else if(typeof ImageBitmap<"u"&&r instanceof ImageBitmap)c=!0;else throw new Error(`pixels passed to tf.browser.fromPixels() must be either an HTMLVideoElement, HTMLImageElement, HTMLCanvasElement, ImageData in browser, or OffscreenCanvas, ImageData in webworker or {data: Uint32Array, width: number, height: number}, but was ${r.constructor.name}`);if(iu(Cl,N.backendName)!=null){let d={pixels:r},h={numChannels:e};return N.runKernel(Cl,d,h)}let[i,l]=n?[r.videoWidth,r.videoHeight]:[r.width,r.height],p;if(a)p=r.getContext("2d").getImageData(0,0,i,l).data;else if(o||t)p=r.data;else if(s||n||c){if(Fu==null)if(typeof document>"u")if(typeof OffscreenCanvas<"u"&&typeof OffscreenCanvasRenderingContext2D<"u")Fu=new OffscreenCanvas(1,1).getContext("2d");else throw new Error("Cannot parse input in current context. Reason: OffscreenCanvas Context2D rendering is not supported.");else Fu=document.createElement("canvas").getContext("2d",{willReadFrequently:!0});Fu.canvas.width=i,Fu.canvas.height=l,Fu.drawImage(r,0,0,i,l),p=Fu.getImageData(0,0,i,l).data}let m;if(e===4)m=new Int32Array(p);else{let d=i*l;m=new Int32Array(d*e);for(let h=0;h<d;h++)for(let g=0;g<e;++g)m[h*e+g]=p[h*4+g]}return Nu(m,[l,i,e],"int32")}function s7(r){return r!=null&&r.data instanceof Uint8Array}function a7(){return typeof window<"u"&&typeof ImageBitmap<"u"&&window.hasOwnProperty("createImageBitmap")}function i7(r){return r!=null&&r.width!==0&&r.height!==0}function c7(r){return a7()&&!(r instanceof ImageBitmap)&&i7(r)&&!s7(r)}async function u7(r,e=3){let t=null;if(P().getBool("WRAP_TO_IMAGEBITMAP")&&c7(r)){let o;try{o=await createImageBitmap(r,{premultiplyAlpha:"none"})}catch{o=null}o!=null&&o.width===r.width&&o.height===r.height?t=o:t=r}else t=r;return K$(t,e)}function j$(r){if(r.rank!==2&&r.rank!==3)throw new Error(`toPixels only supports rank 2 or 3 tensors, got rank ${r.rank}.`);let e=r.rank===2?1:r.shape[2];if(e>4||e===2)throw new Error(`toPixels only supports depth of size 1, 3 or 4 but got ${e}`);if(r.dtype!=="float32"&&r.dtype!=="int32")throw new Error(`Unsupported type for toPixels: ${r.dtype}. Please use float32 or int32 tensors.`)}function l7(r){let e=r?.alpha||1;if(e>1||e<0)throw new Error(`Alpha value ${e} is suppoed to be in range [0 - 1].`)}async function p7(r,e){let t=k(r,"img","toPixels");if(!(r instanceof mt)){let i=t;t=qe(i,"int32"),i.dispose()}j$(t);let[o,n]=t.shape.slice(0,2),s=t.rank===2?1:t.shape[2],a=await t.data(),c=t.dtype==="float32"?255:1,u=new Uint8ClampedArray(n*o*4);for(let i=0;i<o*n;++i){let l=[0,0,0,255];for(let m=0;m<s;m++){let f=a[i*s+m];if(t.dtype==="float32"){if(f<0||f>1)throw new Error(`Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${f}.`)}else if(t.dtype==="int32"&&(f<0||f>255))throw new Error(`Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${f}.`);s===1?(l[0]=f*c,l[1]=f*c,l[2]=f*c):l[m]=f*c}let p=i*4;u[p+0]=Math.round(l[0]),u[p+1]=Math.round(l[1]),u[p+2]=Math.round(l[2]),u[p+3]=Math.round(l[3])}if(e!=null){q$||iu(vl,N.backendName)!=null&&(console.warn("tf.browser.toPixels is not efficient to draw tensor on canvas. Please try tf.browser.draw instead."),q$=!0),e.width=n,e.height=o;let i=e.getContext("2d"),l=new ImageData(u,n,o);i.putImageData(l,0,0)}return t!==r&&t.dispose(),u}function m7(r,e,t){let o=k(r,"img","draw");if(!(r instanceof mt)){let a=o;o=qe(a,"int32"),a.dispose()}j$(o),l7(t?.imageOptions);let n={image:o},s={canvas:e,options:t};N.runKernel(vl,n,s)}var Fu,q$,f7,X$=I(()=>{V();sr();Y();Lf();co();B();gr();O();wI();q$=!1;f7=_({fromPixels_:K$})});var Cm={};nr(Cm,{prepareAndValidate:()=>Y$});function Y$(r,e){let t=r.shape.length,o=e.shape.length;if(t<1)throw new Error(`tf.gatherND() expects the input to be rank 1 or higher, but the rank was ${t}.`);if(o<1)throw new Error(`tf.gatherND() expects the indices to be rank 1 or higher, but the rank was ${o}.`);if(e.dtype!=="int32")throw new Error(`tf.gatherND() expects the indices to be int32 type, but the dtype was ${e.dtype}.`);if(e.shape[o-1]>t)throw new Error(`index innermost dimension length must be <= tensor rank; saw: ${e.shape[o-1]} vs. ${t}`);if(Ge(r.shape)===0)throw new Error(`Requested more than 0 entries, but input is empty. Input shape: ${r.shape}.`);let n=e.shape,s=n[n.length-1],a=1;for(let p=0;p<n.length-1;++p)a*=n[p];let c=r.shape,u=n.slice();u.pop();let i=1;for(let p=s;p<t;++p)i*=c[p],u.push(c[p]);let l=[...pn(r.shape).map(p=>p/i),1].slice(0,s);return[u,a,i,l]}var GI=I(()=>{Z()});var bt={};nr(bt,{assertParamsValid:()=>h7,computeFlatOffset:()=>w7,computeOutShape:()=>x7,getNormalizedAxes:()=>b7,isSliceContinous:()=>y7,maskToAxes:()=>g7,parseSliceParams:()=>v7,sliceInfo:()=>I7,startForAxis:()=>nA,startIndicesWithElidedDims:()=>tA,stopForAxis:()=>sA,stopIndicesWithElidedDims:()=>rA,stridesForAxis:()=>oA,stridesWithElidedDims:()=>Z$});function h7(r,e,t){let o=r.shape.length;E(o===e.length,()=>`Error in slice${o}D: Length of begin ${e} must match the rank of the array (${o}).`),E(o===t.length,()=>`Error in slice${o}D: Length of size ${t} must match the rank of the array (${o}).`);for(let n=0;n<o;++n)E(e[n]+t[n]<=r.shape[n],()=>`Error in slice${o}D: begin[${n}] + size[${n}] (${e[n]+t[n]}) would overflow input.shape[${n}] (${r.shape[n]})`)}function g7(r){let e=[],t=0;for(;r>0;)r&1&&e.push(t),r/=2,t++;return e}function x7(r,e,t){let o=[];for(let n=0;n<r.length;n++)o[n]=Math.ceil((e[n]-r[n])/t[n]);return o}function Z$(r,e,t,o){let n=[...r];for(let s=n.length;s<o.length;s++)n.push(1);for(let s=0;s<t;s++)s===0?n[e]=1:(n.splice(e,0,1),n.pop());return n}function Q$(r,e,t){return t<=r?t:t-(e-1)}function eA(r,e){let t=[];for(let o=0;o<r;o++)t.push(e+o);return t}function b7(r,e,t,o,n,s,a,c,u){let i=r.length,l=new Array(i),p=new Array(i),m=new Array(i);if(e.length&&t>0){let f=e[0],d=t+1;l=tA(a,f,d,o,r),p=rA(c,f,d,n,r),m=Z$(s,f,d,r)}else for(let f=0;f<i;f++)l[f]=nA(a,o,s,r,f,u),p[f]=sA(c,n,s,r,f,u),m[f]=oA(s,f,u);return{begin:l,end:p,strides:m}}function tA(r,e,t,o,n){let s=[...n],a=eA(t,e);for(let c=0;c<s.length;c++)if(a.indexOf(c)>-1)s[c]=0;else{let u=Q$(e,t,c),i=o[u];r&1<<u&&(i=0),s[c]=i}return s}function rA(r,e,t,o,n){let s=[...n],a=eA(t,e);for(let c=0;c<s.length;c++)if(a.indexOf(c)>-1)s[c]=Number.MAX_SAFE_INTEGER;else{let u=Q$(e,t,c),i=o[u];r&1<<u&&(i=Number.MAX_SAFE_INTEGER),s[c]=i}for(let c=0;c<s.length;c++){let u=n[c];s[c]<0&&(s[c]+=u),s[c]=gl(0,s[c],n[c])}return s}function oA(r,e,t){let o=r[e];return(t&1<<e||o==null)&&(o=1),o}function nA(r,e,t,o,n,s){let a=e[n],c=t[n]||1;(r&1<<n||s&1<<n||a==null)&&(c>0?a=Number.MIN_SAFE_INTEGER:a=Number.MAX_SAFE_INTEGER);let u=o[n];return a<0&&(a+=u),a=gl(0,a,u-1),a}function sA(r,e,t,o,n,s){let a=e[n],c=t[n]||1;(r&1<<n||s&1<<n||a==null)&&(c>0?a=Number.MAX_SAFE_INTEGER:a=Number.MIN_SAFE_INTEGER);let u=o[n];return a<0&&(a+=u),c>0?a=gl(0,a,u):a=gl(-1,a,u-1),a}function y7(r,e,t){let o=t.length;for(let n=0;n<t.length;n++)if(t[n]>1){o=n;break}for(let n=o+1;n<t.length;n++)if(e[n]>0||t[n]!==r[n])return!1;return!0}function w7(r,e){let t=r.length>0?r[r.length-1]:1;for(let o=0;o<r.length-1;o++)t+=r[o]*e[o];return t}function v7(r,e,t){let o,n=r.shape.length;typeof e=="number"?o=[e,...new Array(n-1).fill(0)]:e.length<n?o=e.concat(new Array(n-e.length).fill(0)):o=e.slice(),o.forEach(a=>{E(a!==-1,()=>"slice() does not support negative begin indexing.")});let s;return t==null?s=new Array(n).fill(-1):typeof t=="number"?s=[t,...new Array(n-1).fill(-1)]:t.length<n?s=t.concat(new Array(n-t.length).fill(-1)):s=t,s=s.map((a,c)=>a>=0?a:(E(a===-1,()=>`Negative size values should be exactly -1 but got ${a} for the slice() size at index ${c}.`),r.shape[c]-o[c])),[o,s]}function I7(r,e,t,o,n,s,a,c,u){let i;if(o==null?(i=new Array(e.length),i.fill(1)):i=o,a!=null&&(a&a-1)!==0)throw new Error("Multiple ellipses in slice is not allowed.");let l=!1,p={dims:i.length,numAddAxisAfterEllipsis:0,begin:e.slice(),end:t.slice(),strides:i.slice(),beginMask:n,endMask:s,ellipsisMask:a,newAxisMask:c,shrinkAxisMask:u};for(let w=0;w<p.dims;w++)l&&(1<<w&c)!==0&&p.numAddAxisAfterEllipsis++,1<<w&a&&(l=!0);l||(p.ellipsisMask|=1<<p.dims,p.dims++);let m={dims:r.length,beginMask:0,endMask:0,beginValid:!1,endValid:!1};C7(p,m);let f=!0,d=!0,h=!0,g=[],x=[];for(let w=0;w<r.length;++w){if(m.strides[w]===0)throw Error(`strides[${w}] must be non-zero`);let C=!!(m.shrinkAxisMask&1<<w),T=r[w];if(T===-1){g.push(C?1:-1);continue}let $=[m.beginMask&1<<w,m.endMask&1<<w],A=[m.strides[w]>0?0:-1,m.strides[w]>0?T:T-1];if(C&&m.strides[w]<=0)throw Error("only stride 1 allowed on non-range indexing.");h=h&&m.strides[w]===1;let R=!!(m.beginMask&1<<w&&m.endMask&1<<w);if(m.beginValid&&m.endValid){if(C){let W=m.begin[w]<0?T+m.begin[w]:m.begin[w];if(m.begin[w]=W,m.end[w]=m.begin[w]+1,W<0||W>=T)throw Error(`slice index ${m.begin[w]} of dimension ${w} out of bounds.`)}else m.begin[w]=J$(m.begin[w],0,m.strides[w],T,$,A),m.end[w]=J$(m.end[w],1,m.strides[w],T,$,A);let L=m.strides[w]===1&&m.begin[w]===0&&m.end[w]===T;f=f&&L,d=d&&(w===0&&m.strides[w]===1||L)}else f=f&&m.strides[w]===1&&R,d=d&&(w===0&&m.strides[w]===1||R);let F,M=!1;if(m.beginValid&&m.endValid?(F=m.end[w]-m.begin[w],M=!0):C?(F=1,M=!0):R&&T>=0&&(m.strides[w]<0?F=-T:F=T,M=!0),M){let L;F===0||F<0!=m.strides[w]<0?L=0:L=Math.trunc(F/m.strides[w])+(F%m.strides[w]!==0?1:0),g.push(L)}else g.push(-1)}for(let w=0;w<m.finalShapeGatherIndices.length;++w){let C=m.finalShapeGatherIndices[w];C>=0?x.push(g[C]):C===UI&&x.push(1)}return{finalShapeSparse:x.filter((w,C)=>m.finalShapeGatherIndices[C]!==UI),finalShape:x,isIdentity:f,sliceDim0:d,isSimpleSlice:h,begin:m.begin,end:m.end,strides:m.strides}}function C7(r,e){e.beginMask=0,e.endMask=0,e.shrinkAxisMask=0;let t=0;e.beginValid=r.begin!=null,e.endValid=r.end!=null,e.begin=new Array(e.dims),e.end=new Array(e.dims),e.strides=new Array(e.dims),e.finalShapeGatherIndices=[],e.finalShapeGatherIndicesSparse=[],e.inputShapeGatherIndicesSparse=new Array(e.dims);for(let o=0;o<r.dims;o++)if(1<<o&r.ellipsisMask){let n=Math.min(e.dims-(r.dims-o)+1+r.numAddAxisAfterEllipsis,e.dims);for(;t<n;t++)e.begin[t]=0,e.end[t]=0,e.strides[t]=1,e.beginMask|=1<<t,e.endMask|=1<<t,e.finalShapeGatherIndices.push(t),e.finalShapeGatherIndicesSparse.push(-1),e.inputShapeGatherIndicesSparse[t]=o}else if(1<<o&r.newAxisMask)e.finalShapeGatherIndices.push(UI),e.finalShapeGatherIndicesSparse.push(-1);else{if(t===e.begin.length)throw Error(`Index out of range using input dim ${t}; input has only ${e.dims} dims, ${e.begin.length}.`);r.begin!=null&&(e.begin[t]=r.begin[o]),r.end!=null&&(e.end[t]=r.end[o]),e.strides[t]=r.strides[o],r.beginMask&1<<o&&(e.beginMask|=1<<t),r.endMask&1<<o&&(e.endMask|=1<<t),r.shrinkAxisMask&1<<o?(e.finalShapeGatherIndices.push(d7),e.finalShapeGatherIndicesSparse.push(-1),e.shrinkAxisMask|=1<<t):(e.finalShapeGatherIndices.push(t),e.finalShapeGatherIndicesSparse.push(o)),e.inputShapeGatherIndicesSparse[t]=o,t++}}function J$(r,e,t,o,n,s){if(n[e])return t>0?s[e]:s[e+1&1];{let a=r<0?o+r:r;return a<s[0]?s[0]:a>s[1]?s[1]:a}}var UI,d7,zI=I(()=>{Z();UI=-2,d7=-1});var vh,aA=I(()=>{vh="4.22.0"});var Ql,HI=I(()=>{mh();fh();dh();hh();gh();xh();wm();Ql=class{static sgd(e){return new na(e)}static momentum(e,t,o=!1){return new vc(e,t,o)}static rmsprop(e,t=.9,o=0,n=null,s=!1){return new Ic(e,t,o,n,s)}static adam(e=.001,t=.9,o=.999,n=null){return new yc(e,t,o,n)}static adadelta(e=.001,t=.95,o=null){return new xc(e,t,o)}static adamax(e=.002,t=.9,o=.999,n=null,s=0){return new wc(e,t,o,n,s)}static adagrad(e,t=.1){return new bc(e,t)}}});var S7,iA=I(()=>{HI();S7=Ql});function Ih(){return new Promise(r=>k7(()=>r()))}var k7,cA=I(()=>{k7=typeof requestAnimationFrame<"u"?requestAnimationFrame:typeof setImmediate<"u"?setImmediate:r=>r()});function _7(r,e){let t=r[0].length;r.forEach((n,s)=>{E(n.length===t,()=>`Error in concat${t}D: rank of tensors[${s}] must be the same as the rank of the rest (${t})`)}),E(e>=0&&e<t,()=>`Error in concat${t}D: axis must be between 0 and ${t-1}.`);let o=r[0];r.forEach((n,s)=>{for(let a=0;a<t;a++)E(a===e||n[a]===o[a],()=>`Error in concat${t}D: Shape of tensors[${s}] (${n}) does not match the shape of the rest (${o}) along the non-concatenated axis ${s}.`)})}function T7(r,e){let t=r[0].slice();for(let o=1;o<r.length;o++)t[e]+=r[o][e];return t}var uA=I(()=>{Z();});var lA=I(()=>{});function N7(r,e,t){let o=new Array;if(t==null&&e==null)return o;if(e==null)for(;o.length<r+t.length;)o.push(-1);else o=e.slice();if(t==null)return o;if(r+t.length!==o.length)throw new Error(`rt input.shape and shape=${e} are incompatible: rt input.rank = ${r+t.length}, but shape.rank = ${o.length}`);for(let n=1;n<t.length;++n){let s=t[n],a=o[o.length-t.length+n],c=o[a];if(s>=0)if(c>=0){if(c!==s)throw new Error(`rt input.shape and shape=${e} are incompatible: rt input.shape[${n+r}] = ${s} but shape[${n+r}] = ${c}`)}else o[a]=s}return o}function E7(r){let e={FIRST_DIM_SIZE:sa.FIRST_DIM_SIZE,VALUE_ROWIDS:sa.VALUE_ROWIDS,ROW_LENGTHS:sa.ROW_LENGTHS,ROW_SPLITS:sa.ROW_SPLITS,ROW_LIMITS:sa.ROW_LIMITS,ROW_STARTS:sa.ROW_STARTS},t=[];for(let o of r)if(o in e)t.push(e[o]);else break;return t}function $7(r){return r.length===0?0:r[0]===sa.FIRST_DIM_SIZE?r.length-1:r.length}function A7(r,e){if(r==null||e==null)return;let t=r.length,o=e.length;if(t>=o)throw new Error(`defaultValue.shape=${r} and ragged tensor flatValues.shape=${e}, are incompatible: defaultValue.rank = ${t} must be less than ragged tensor input flatValues.rank = ${o})`);for(let n=0;n<Math.min(t,o-1);++n){let s=r[n],a=e[n+1];if(s>=0&&a>=0&&s!==1&&s!==a)throw new Error(`defaultValue.shape=${r}, and ragged tensor input flatValues.shape=${e} are incompatible: defaultValue.shape[${n-r.length}] = ${s} but ragged tensor input.flatValues.shape[${n-r.length}] = ${a}`)}}var sa,pA=I(()=>{(function(r){r[r.FIRST_DIM_SIZE=0]="FIRST_DIM_SIZE",r[r.VALUE_ROWIDS=1]="VALUE_ROWIDS",r[r.ROW_LENGTHS=2]="ROW_LENGTHS",r[r.ROW_SPLITS=3]="ROW_SPLITS",r[r.ROW_LIMITS=4]="ROW_LIMITS",r[r.ROW_STARTS=5]="ROW_STARTS"})(sa||(sa={}))});function R7(r){return r<=Ch?r:bl(r,Math.floor(Math.sqrt(r)))}var Ch,qI=I(()=>{Z();Ch=30});function D7(r,e,t){let o=t*(typeof r=="number"?r:r[0]),n=e*(typeof r=="number"?r:r[1]);return[o,n]}var mA=I(()=>{});function F7(r,e,t,o=!0){let n=[];if(o)n=n.concat(e.slice(0)),n.push(r[0]/t),n=n.concat(r.slice(1));else{n=n.concat(r[0]);let s=e.length;for(let a=0;a<s;++a)n=n.concat([r[a+1]/e[a],e[a]]);n=n.concat(r.slice(s+1))}return n}function M7(r,e,t=!0){let o=[];if(t){o.push(e);for(let n=e+1;n<r;++n)n<=2*e?(o.push(n),o.push(n-(e+1))):o.push(n)}else{let n=[],s=[];for(let a=1;a<r;++a)a>=e*2+1||a%2===1?s.push(a):n.push(a);o.push(...n),o.push(0),o.push(...s)}return o}function P7(r,e,t,o=!0){let n=[];o?n.push(r[0]/t):n.push(r[0]*t);for(let s=1;s<r.length;++s)s<=e.length?o?n.push(e[s-1]*r[s]):n.push(r[s]/e[s-1]):n.push(r[s]);return n}function O7(r,e){let t=[0];for(let o=0;o<e;++o)t.push(r[o][0]);return t}function B7(r,e,t){let o=r.slice(0,1);for(let n=0;n<t;++n)o.push(r[n+1]-e[n][0]-e[n][1]);return o}var fA=I(()=>{});var L7,W7,dA=I(()=>{L7=1.7580993408473768,W7=1.0507009873554805});var V7,G7,U7,z7,H7,q7,hA=I(()=>{V7=.3275911,G7=.254829592,U7=-.284496736,z7=1.421413741,H7=-1.453152027,q7=1.061405429});function K7(r,e){if(r.length!==e.length)throw new Error(`Cannot merge real and imag arrays of different lengths. real:${r.length}, imag: ${e.length}.`);let t=new Float32Array(r.length*2);for(let o=0;o<t.length;o+=2)t[o]=r[o/2],t[o+1]=e[o/2];return t}function j7(r){let e=new Float32Array(r.length/2),t=new Float32Array(r.length/2);for(let o=0;o<r.length;o+=2)e[o/2]=r[o],t[o/2]=r[o+1];return{real:e,imag:t}}function X7(r){let e=Math.ceil(r.length/4),t=new Float32Array(e),o=new Float32Array(e);for(let n=0;n<r.length;n+=4)t[Math.floor(n/4)]=r[n],o[Math.floor(n/4)]=r[n+1];return{real:t,imag:o}}function Y7(r){let e=Math.floor(r.length/4),t=new Float32Array(e),o=new Float32Array(e);for(let n=2;n<r.length;n+=4)t[Math.floor(n/4)]=r[n],o[Math.floor(n/4)]=r[n+1];return{real:t,imag:o}}function J7(r,e){let t=r[e*2],o=r[e*2+1];return{real:t,imag:o}}function Z7(r,e,t,o){r[o*2]=e,r[o*2+1]=t}function Q7(r,e){let t=new Float32Array(r/2),o=new Float32Array(r/2);for(let n=0;n<Math.ceil(r/2);n++){let s=(e?2:-2)*Math.PI*(n/r);t[n]=Math.cos(s),o[n]=Math.sin(s)}return{real:t,imag:o}}function e9(r,e,t){let o=(t?2:-2)*Math.PI*(r/e),n=Math.cos(o),s=Math.sin(o);return{real:n,imag:s}}var gA=I(()=>{});function r9(r,e){r=r.replace(/\s/g,"");let t=(r.length-r.replace(t9,"").length)/KI.length;if(t<1)throw new Error("Equations without an arrow are not supported.");if(t>1)throw new Error(`Equation must contain exactly one arrow ("${KI}").`);let[o,n]=r.split(KI);E(o.indexOf(bA)===-1,()=>`The ellipsis notation ("${bA}") is not supported yet.`);let s=o.split(xA),a=s.length;if(e!==a)throw new Error(`Expected ${a} input tensors, received ${e}`);if(a>2)throw new Error("Support for more than 2 input tensors is not implemented yet.");let c=[];for(let m=0;m<n.length;++m){let f=n[m];if(!s.some(d=>d.indexOf(f)!==-1))throw new Error(`Output subscripts contain the label ${f} not present in the input subscripts.`);c.indexOf(f)===-1&&c.push(f)}for(let m=0;m<o.length;++m){let f=o[m];c.indexOf(f)===-1&&f!==xA&&c.push(f)}let u=new Array(s.length);for(let m=0;m<a;++m){if(new Set(s[m].split("")).size!==s[m].length)throw new Error(`Found duplicate axes in input component ${s[m]}. Support for duplicate axes in input is not implemented yet.`);u[m]=[];for(let f=0;f<s[m].length;++f)u[m].push(c.indexOf(s[m][f]))}let i=c.length,l=n.length,p=[];for(let m=l;m<i;++m)p.push(m);return{allDims:c,summedDims:p,idDims:u}}function o9(r,e){let t=new Array(r);t.fill(-1);for(let n=0;n<e.length;++n)t[e[n]]=n;let o=[];for(let n=0;n<r;++n)t[n]===-1&&o.push(n);return t=t.filter(n=>n!==-1),{permutationIndices:t,expandDims:o}}function n9(r,e,t){let o=new Array(r);for(let n=0;n<t.length;++n){let s=t[n].shape;for(let a=0;a<e[n].length;++a)o[e[n][a]]===void 0?o[e[n][a]]=s[a]:E(o[e[n][a]]===s[a],()=>`Expected dimension ${o[e[n][a]]} at axis ${a} of input shaped ${JSON.stringify(s)}, but got dimension ${s[a]}`)}}function s9(r,e){let t=r,o=[],n=0;r.length===0&&t.push(-1),n=r.length+1;for(let a=0;a<n;++a)o.push([]);let s=[];for(let a=0;a<t.length;++a){let c=t[a],u=i9(e,c);for(let i of u)s.indexOf(i)===-1&&(o[a].push(i),s.push(i))}return{path:t,steps:o}}function a9(r){return r.every((e,t)=>e===t)}function i9(r,e){let t=[];for(let o=0;o<r.length;++o)(r[o].length===0||r[o].indexOf(e)!==-1||e===-1)&&t.push(o);return t}var KI,t9,xA,bA,yA=I(()=>{Zt();KI="->",t9=/->/g,xA=",",bA="..."});function c9(r,e,t=0){let o=[];if(typeof e=="number")E(r.shape[t]%e===0,()=>"Number of splits must evenly divide the axis."),o=new Array(e).fill(r.shape[t]/e);else{let n=e.reduce((a,c)=>(c===-1&&(a+=1),a),0);E(n<=1,()=>"There should be only one negative value in split array.");let s=e.indexOf(-1);if(s!==-1){let a=e.reduce((c,u)=>u>0?c+u:c);e[s]=r.shape[t]-a}E(r.shape[t]===e.reduce((a,c)=>a+c),()=>"The sum of sizes must match the size of the axis dimension."),o=e}return o}var wA=I(()=>{Z()});function u9(r){return`Received SparseTensor with denseShape[0] = 0 but
  indices.shape[0] = ${r}`}function l9(r,e){return`indices(${r}, 0) is invalid: ${e} < 0`}function p9(r,e,t){return`indices(${r}, 0) is invalid: ${e} >= ${t}`}var vA=I(()=>{});function m9(r,e){return`only one output dimension may be -1, not both ${r} and ${e}`}function f9(r,e){return`size ${r} must be non-negative, not ${e}`}function d9(){return"reshape cannot infer the missing input size for an empty tensor unless all specified input sizes are non-zero"}function h9(r,e){let t=Ge(r),o=Ge(e);return`Input to reshape is a SparseTensor with ${t}
  dense values, but the requested shape requires a multiple of ${o}. inputShape=${r} outputShape= ${e}`}function g9(r,e){let t=Ge(r),o=Ge(e);return`Input to reshape is a tensor with ${t} dense values, but the requested shape has ${o}. inputShape=${r} outputShape=${e}`}var IA=I(()=>{Z();});function x9(){return"segment ids must be >= 0"}function b9(){return"segment ids are not increasing"}function y9(r,e){return`Segment id ${r} out of range [0, ${e}), possibly because segmentIds input is not sorted.`}function w9(r,e,t){return`Bad: indices[${r}] == ${e} out of range [0, ${t})`}var CA=I(()=>{});var jI={};nr(jI,{collectGatherOpShapeInfo:()=>C9,computeOutShape:()=>I9,segOpComputeOptimalWindowSize:()=>v9});function v9(r,e){let t=!1,o;for(r<=Ch?(o=r,t=!0):o=bl(r,Math.floor(Math.sqrt(r)));!t;)o>e||o===r?t=!0:o=bl(r,o+1);return o}function I9(r,e,t){let o=[],n=r.length;for(let s=0;s<n;s++)s!==e?o.push(r[s]):o.push(t);return o}function C9(r,e,t,o){let n=e.shape.length,s=r.shape.length;if(o!==0&&(o<-n||o>n))throw new Error(`Expect batchDims in the range of [-${n}, ${n}], but got ${o}`);if(o<0&&(o+=n),o>s)throw new Error(`batchDims (${o}) must be less than rank(x) (
    ${s}).`);if(t<o)throw new Error(`batchDims (${o}) must be less than or equal to axis (${t}).`);for(let p=0;p<o;++p)if(r.shape[p]!==e.shape[p])throw new Error(`x.shape[${p}]: ${r.shape[p]} should be equal to indices.shape[${p}]: ${e.shape[p]}.`);let a=r.shape[t],c=[],u=1,i=1,l=1;for(let p=0;p<o;++p)c.push(r.shape[p]),u*=r.shape[p];for(let p=o;p<t;p++)c.push(r.shape[p]),i*=r.shape[p];for(let p=o;p<n;p++)c.push(e.shape[p]);for(let p=t+1;p<s;p++)c.push(r.shape[p]),l*=r.shape[p];return{batchSize:u,sliceSize:l,outerSize:i,dimSize:a,outputShape:c}}var SA=I(()=>{Z();qI();});var S={};nr(S,{ERF_A1:()=>G7,ERF_A2:()=>U7,ERF_A3:()=>z7,ERF_A4:()=>H7,ERF_A5:()=>q7,ERF_P:()=>V7,PARALLELIZE_THRESHOLD:()=>Ch,RowPartitionType:()=>sa,SELU_SCALE:()=>W7,SELU_SCALEALPHA:()=>L7,applyActivation:()=>Au,assertAndGetBroadcastShape:()=>ot,assertAxesAreInnerMostDims:()=>e5,assertParamsConsistent:()=>_7,assignToTypedArray:()=>Z7,axesAreInnerMostDims:()=>Bv,calculateShapes:()=>wN,checkEinsumDimSizes:()=>n9,checkPadOnDimRoundingMode:()=>Lt,combineLocations:()=>q_,combineRaggedTensorToTensorShapes:()=>N7,complexWithEvenIndex:()=>X7,complexWithOddIndex:()=>Y7,computeConv2DInfo:()=>yu,computeConv3DInfo:()=>M1,computeDefaultPad:()=>Nv,computeDilation2DInfo:()=>Z6,computeOptimalWindowSize:()=>R7,computeOutAndReduceShapes:()=>Qj,computeOutShape:()=>T7,computePool2DInfo:()=>Tv,computePool3DInfo:()=>Q6,convertConv2DDataFormat:()=>P1,decodeEinsumEquation:()=>r9,eitherStridesOrDilationsAreOne:()=>Cr,expandShapeToKeepDim:()=>vi,exponent:()=>e9,exponents:()=>Q7,fromStringArrayToUint8:()=>k9,fromUint8ToStringArray:()=>S9,getAxesPermutation:()=>t5,getBroadcastDims:()=>O_,getComplexWithIndex:()=>J7,getEinsumComputePath:()=>s9,getEinsumPermutation:()=>o9,getFusedBiasGradient:()=>$u,getFusedDyActivation:()=>Eu,getImageCenter:()=>D7,getInnerMostAxes:()=>o5,getPermuted:()=>M7,getRaggedRank:()=>$7,getReductionAxes:()=>cd,getReshaped:()=>F7,getReshapedPermuted:()=>P7,getRowPartitionTypesHelper:()=>E7,getSliceBeginCoords:()=>O7,getSliceSize:()=>B7,getSparseFillEmptyRowsIndicesDenseShapeMismatch:()=>u9,getSparseFillEmptyRowsNegativeIndexErrorMessage:()=>l9,getSparseFillEmptyRowsOutOfRangeIndexErrorMessage:()=>p9,getSparseReshapeEmptyTensorZeroOutputDimErrorMessage:()=>d9,getSparseReshapeInputOutputMismatchErrorMessage:()=>g9,getSparseReshapeInputOutputMultipleErrorMessage:()=>h9,getSparseReshapeMultipleNegativeOneOutputDimErrorMessage:()=>m9,getSparseReshapeNegativeOutputDimErrorMessage:()=>f9,getSparseSegmentReductionIndicesOutOfRangeErrorMessage:()=>w9,getSparseSegmentReductionNegativeSegmentIdsErrorMessage:()=>x9,getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage:()=>b9,getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage:()=>y9,getUndoAxesPermutation:()=>r5,isIdentityPermutation:()=>a9,log:()=>RK,mergeRealAndImagArrays:()=>K7,prepareAndValidate:()=>Y$,prepareSplitSize:()=>c9,segment_util:()=>jI,shouldFuse:()=>Ru,slice_util:()=>bt,splitRealAndImagArrays:()=>j7,stridesOrDilationsArePositive:()=>Ys,tupleValuesAreOne:()=>bu,upcastType:()=>Pt,validateDefaultValueShape:()=>A7,validateInput:()=>Yl,validateUpdateShape:()=>vI,warn:()=>zs});function S9(r){try{return r.map(e=>Nl(e))}catch(e){throw new Error(`Failed to decode encoded string bytes into utf-8, error: ${e}`)}}function k9(r){return r.map(e=>tc(e))}var kA=I(()=>{Z();Wl();er();uA();Pr();Jl();lA();pA();qI();zI();$l();mA();fA();GI();hm();dA();Jl();hA();Of();gA();yA();wA();vA();IA();CA();SA();});var cr={};nr(cr,{nonMaxSuppressionV3Impl:()=>ah,nonMaxSuppressionV4Impl:()=>ih,nonMaxSuppressionV5Impl:()=>ch,whereImpl:()=>th});var _A=I(()=>{bm();II();});var TA=I(()=>{G$();H$();er();X$();GI();hm();zI();ph();It();S2();Z();aA();mh();fh();dh();hh();gh();gc();HI();xh();wm();co();$l();uh();tn();iA();Yr();Lf();Si();sr();cA();kA();nv();_A();Ew();Y();});var v=I(()=>{l1();N$();TA();T$()});function Q(r,e){Array.isArray(r)||(r=[r]),r.forEach(t=>{t!=null&&b.assert(t.dtype!=="complex64",()=>`${e} does not support complex64 tensors in the CPU backend.`)})}var we=I(()=>{v();});function XI(r){let e=new Float32Array(r.length);for(let t=0;t<r.length;++t)e[t]=Math.abs(r[t]);return e}var N9,NA,YI=I(()=>{v();we();N9=r=>{let{x:e}=r.inputs,t=r.backend;Q(e,"abs");let o=new Float32Array(b.sizeFromShape(e.shape)),n=t.data.get(e.dataId).values;return o=XI(n),t.makeOutput(o,e.shape,e.dtype)},NA={kernelName:"Abs",backendName:"cpu",kernelFunc:N9}});function ze(r){return(e,t,o,n,s)=>{let a=S.assertAndGetBroadcastShape(e,t),c=a.length,u=b.computeStrides(a),i=b.sizeFromShape(a),l=b.getTypedArrayFromDType(s,i),p=e.length,m=t.length,f=b.computeStrides(e),d=b.computeStrides(t),h=S.getBroadcastDims(e,a),g=S.getBroadcastDims(t,a);if(h.length+g.length===0)for(let x=0;x<l.length;++x)l[x]=r(o[x%o.length],n[x%n.length]);else for(let x=0;x<l.length;++x){let y=b.indexToLoc(x,c,u),w=y.slice(-p);h.forEach(A=>w[A]=0);let C=b.locToIndex(w,p,f),T=y.slice(-m);g.forEach(A=>T[A]=0);let $=b.locToIndex(T,m,d);l[x]=r(o[C],n[$])}return[l,a]}}var Wt=I(()=>{v();});function Yt(r){let{inputs:e,backend:t}=r,{real:o,imag:n}=e,s=t.data.get(o.dataId).values,a=t.data.get(n.dataId).values,c=t.makeTensorInfo(o.shape,"complex64"),u=t.data.get(c.dataId);return u.complexTensorInfos={real:t.makeTensorInfo(o.shape,"float32",s),imag:t.makeTensorInfo(n.shape,"float32",a)},c}var EA,Ai=I(()=>{v();EA={kernelName:Uc,backendName:"cpu",kernelFunc:Yt}});function ep(r,e,t="float32"){if(t==="complex64"){let n=ep(r,e,"float32"),s=ep(r,e,"float32");return Yt({inputs:{real:n,imag:s},backend:r})}let o=b.makeZerosTypedArray(b.sizeFromShape(e),t);return r.makeTensorInfo(e,t,o)}var JI=I(()=>{v();Ai();});function yr(r){let{inputs:e,backend:t}=r,{x:o}=e;return t.incRef(o.dataId),{dataId:o.dataId,shape:o.shape,dtype:o.dtype}}var $A,aa=I(()=>{v();$A={kernelName:Vo,backendName:"cpu",kernelFunc:yr}});function Eo(r){let{inputs:e,backend:t}=r,{input:o}=e,n=t.data.get(o.dataId).complexTensorInfos.real,s=t.data.get(n.dataId).values;return t.makeTensorInfo(n.shape,n.dtype,s)}var AA,Mu=I(()=>{v();AA={kernelName:nu,backendName:"cpu",kernelFunc:Eo}});function ZI(r,e,t,o){if(o==="int32"){let n=Int32Array.from(r);return[e,"int32",n]}if(o==="bool"){let n=b.toTypedArray([0],t),[s,a]=ze((c,u)=>c!==u?1:0)(e,[],r,n,"bool");return[a,"bool",s]}throw new Error(`Error in Cast: failed to cast ${t} to ${o}`)}function $o(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{dtype:s}=o;if(s==="complex64"){if(n.dtype==="complex64")return yr({inputs:{x:n},backend:t});let l=ep(t,n.shape,n.dtype),p=$o({inputs:{x:n},backend:t,attrs:{dtype:"float32"}}),m=Yt({inputs:{real:p,imag:l},backend:t});return t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(p),m}if(n.dtype==="complex64"){let l=Eo({inputs:{input:n},backend:t}),p=$o({inputs:{x:l},backend:t,attrs:{dtype:s}});return t.disposeIntermediateTensorInfo(l),p}if(!b.hasEncodingLoss(n.dtype,s)){let l=yr({inputs:{x:n},backend:t});return{dataId:l.dataId,shape:l.shape,dtype:s}}let a=t.data.get(n.dataId).values,[c,u,i]=ZI(a,n.shape,n.dtype,s);return t.makeTensorInfo(c,u,i)}var RA,Pu=I(()=>{v();Wt();JI();Ai();aa();Mu();RA={kernelName:Lo,backendName:"cpu",kernelFunc:$o}});function Ye(r,e,t,o){return t==null?({inputs:n,backend:s})=>{let{a,b:c}=n,u=s;Q([a,c],r);let i=u.data.get(a.dataId).values,l=u.data.get(c.dataId).values,p=a.dtype==="string"?S.fromUint8ToStringArray(i):i,m=a.dtype==="string"?S.fromUint8ToStringArray(l):l,f=o||a.dtype,[d,h]=e(a.shape,c.shape,p,m,f);return u.makeTensorInfo(h,f,d)}:({inputs:n,backend:s})=>{let{a,b:c}=n,u=s;if(a.dtype==="complex64"||c.dtype==="complex64"){let i=$o({inputs:{x:a},backend:u,attrs:{dtype:"complex64"}}),l=u.data.get(i.dataId),p=l.complexTensorInfos.real,m=l.complexTensorInfos.imag,f=u.data.get(p.dataId).values,d=u.data.get(m.dataId).values,h=$o({inputs:{x:c},backend:u,attrs:{dtype:"complex64"}}),g=u.data.get(h.dataId),x=g.complexTensorInfos.real,y=g.complexTensorInfos.imag,w=u.data.get(x.dataId).values,C=u.data.get(y.dataId).values,[T,$,A]=t(a.shape,c.shape,f,d,w,C),R=u.makeTensorInfo(A,"float32",T),F=u.makeTensorInfo(A,"float32",$),M=Yt({inputs:{real:R,imag:F},backend:u});return u.disposeIntermediateTensorInfo(i),u.disposeIntermediateTensorInfo(h),u.disposeIntermediateTensorInfo(R),u.disposeIntermediateTensorInfo(F),M}else{let i=u.data.get(a.dataId).values,l=u.data.get(c.dataId).values,p=o||a.dtype,[m,f]=e(a.shape,c.shape,i,l,p);return u.makeTensorInfo(f,p,m)}}}function tp(r){return(e,t,o,n,s,a)=>{let c=S.assertAndGetBroadcastShape(e,t),u=b.sizeFromShape(c),i=c.length,l=b.computeStrides(c),p=b.getTypedArrayFromDType("float32",u),m=b.getTypedArrayFromDType("float32",u),f=S.getBroadcastDims(e,c),d=S.getBroadcastDims(t,c),h=S.mergeRealAndImagArrays(o,n),g=S.mergeRealAndImagArrays(s,a),x=e.length,y=b.computeStrides(e),w=t.length,C=b.computeStrides(t);if(f.length+d.length===0)for(let T=0;T<p.length;T++){let $=T%h.length,A=T%g.length,R=r(h[$*2],h[$*2+1],g[A*2],g[A*2+1]);p[T]=R.real,m[T]=R.imag}else for(let T=0;T<p.length;T++){let $=b.indexToLoc(T,i,l),A=$.slice(-x);f.forEach(W=>A[W]=0);let R=b.locToIndex(A,x,y),F=$.slice(-w);d.forEach(W=>F[W]=0);let M=b.locToIndex(F,w,C),L=r(h[R*2],h[R*2+1],g[M*2],g[M*2+1]);p[T]=L.real,m[T]=L.imag}return[p,m,c]}}var Jt=I(()=>{v();we();Pu();Ai();});var QI,E9,ia,DA,Ou=I(()=>{v();Wt();Jt();QI=ze(((r,e)=>r+e)),E9=tp(((r,e,t,o)=>({real:r+t,imag:e+o}))),ia=Ye("Add",QI,E9),DA={kernelName:"Add",backendName:"cpu",kernelFunc:ia}});function rp(r,e,t,o,n){let s=b.sizeFromShape(o),a=b.makeZerosTypedArray(n,t);for(let c=0;c<r.length;c++){let u=r[c];if(u<0)throw new Error("Input x must be non-negative!");u>=n||(s>0?a[u]+=e[c]:a[u]+=1)}return a}function Sh(r,e,t,o=!1){let n=r.shape[0],s=r.shape[1],a=be([n,t],e.dtype);for(let c=0;c<n;c++)for(let u=0;u<s;u++){let i=r.get(c,u);if(i<0)throw new Error("Input x must be non-negative!");i>=t||(o?a.set(1,c,i):e.size>0?a.set(a.get(c,i)+e.get(c,u),c,i):a.set(a.get(c,i)+1,c,i))}return a}var kh=I(()=>{v();});var eC,$9,FA,tC=I(()=>{v();Wt();Jt();eC=ze(((r,e)=>r&e)),$9=Ye(Cn,eC),FA={kernelName:Cn,backendName:"cpu",kernelFunc:$9}});function rr(r){return(e,t,o)=>{let n=b.getArrayFromDType(t,e.length);for(let s=0;s<e.length;++s)n[s]=r(e[s],o);return n}}var rn=I(()=>{v();});function _e(r,e,t){let o=rr(e);return Wr(r,o,t)}function Wr(r,e,t){return({inputs:o,attrs:n,backend:s})=>{let{x:a}=o;Q(a,r);let c=s,u=c.data.get(a.dataId).values,i;if(a.dtype==="string"){if(!Array.isArray(u))throw new Error("String tensor's value was not an instance of Array");i=S.fromUint8ToStringArray(u)}else i=u;let l=t||a.dtype,p=e(i,l,n);return c.makeTensorInfo(a.shape,l,p)}}var tt=I(()=>{v();we();rn();});var rC,A9,MA,oC=I(()=>{v();rn();tt();rC=rr(r=>Math.ceil(r)),A9=Wr(Sn,rC),MA={kernelName:Sn,backendName:"cpu",kernelFunc:A9}});function Bu(r,e,t,o){let n=b.getArrayFromDType(t,b.sizeFromShape(e));if(o&&t!=="string"){let s=0;r.forEach(a=>{let c=b.sizeFromShape(a.shape);n.set(a.vals,s),s+=c})}else{let s=0;r.forEach(a=>{let c=t==="string"?S.fromUint8ToStringArray(a.vals):a.vals,u=0;for(let i=0;i<a.shape[0];++i){let l=i*e[1]+s;for(let p=0;p<a.shape[1];++p)n[l+p]=c[u++]}s+=a.shape[1]})}return n}var nC=I(()=>{v();});var sC,aC,PA,_h=I(()=>{v();Wt();Jt();sC=ze((r,e)=>r===e?1:0),aC=Ye(On,sC,null,"bool"),PA={kernelName:On,backendName:"cpu",kernelFunc:aC}});var iC,cC,OA,Th=I(()=>{v();rn();tt();iC=rr(r=>Math.exp(r)),cC=Wr("Exp",iC,"float32"),OA={kernelName:"Exp",backendName:"cpu",kernelFunc:cC}});var uC,R9,BA,lC=I(()=>{v();rn();tt();uC=rr(r=>Math.expm1(r)),R9=Wr(Bn,uC),BA={kernelName:Bn,backendName:"cpu",kernelFunc:R9}});var pC,D9,LA,mC=I(()=>{v();rn();tt();pC=rr(r=>Math.floor(r)),D9=Wr(Wn,pC),LA={kernelName:Wn,backendName:"cpu",kernelFunc:D9}});var fC,F9,WA,dC=I(()=>{v();Wt();Jt();fC=ze((r,e)=>Math.floor(r/e)),F9=Ye(Vn,fC,null,"int32"),WA={kernelName:Vn,backendName:"cpu",kernelFunc:F9}});function Nh(r,e,t,o,n,s,a,c,u){let i=be([o,s],t);for(let l=0;l<o;l++){let p=[],m=0;for(let f=0;f<n;f++){let d=r[l*n+f];m+=d*a[f],p.push(d)}if(m<0||m>=u/s)throw new Error(`Invalid indices: ${p} does not index into ${c}`);for(let f=0;f<s;f++)i.values[l*s+f]=e.get(...e.indexToLoc(m*s+f))}return i}var hC=I(()=>{v();});function Eh(r,e,t){let o=be(t,r.dtype);for(let n=0;n<o.size;++n){let a=o.indexToLoc(n).slice(),c=a[0],u=a[2],i=e.locToIndex([c,u]);a[2]=e.values[i];let l=r.locToIndex(a);0<=l&&l<r.values.length&&(o.values[n]=r.values[l])}return o}var gC=I(()=>{v();});var xC,M9,VA,bC=I(()=>{v();Wt();Jt();xC=ze((r,e)=>r>e?1:0),M9=Ye(zn,xC,null,"bool"),VA={kernelName:zn,backendName:"cpu",kernelFunc:M9}});var yC,P9,GA,wC=I(()=>{v();Wt();Jt();yC=ze((r,e)=>r>=e?1:0),P9=Ye(Hn,yC,null,"bool"),GA={kernelName:Hn,backendName:"cpu",kernelFunc:P9}});var vC,O9,UA,IC=I(()=>{v();Wt();Jt();vC=ze((r,e)=>r<e?1:0),O9=Ye(Yn,vC,null,"bool"),UA={kernelName:Yn,backendName:"cpu",kernelFunc:O9}});var CC,B9,zA,SC=I(()=>{v();Wt();Jt();CC=ze((r,e)=>r<=e?1:0),B9=Ye(Jn,CC,null,"bool"),zA={kernelName:Jn,backendName:"cpu",kernelFunc:B9}});function $h(r,e,t){let o=(e-r)/(t-1),n=b.makeZerosTypedArray(t,"float32");n[0]=r;for(let s=1;s<n.length;s++)n[s]=n[s-1]+o;return n}var kC=I(()=>{v();});var _C,L9,HA,TC=I(()=>{v();rn();tt();_C=rr(r=>Math.log(r)),L9=Wr("Log",_C),HA={kernelName:"Log",backendName:"cpu",kernelFunc:L9}});function Ah(r,e,t,o){let n=b.getTypedArrayFromDType(o,b.sizeFromShape(t));for(let s=0;s<n.length;++s){let a=s*e,c=r[a];for(let u=0;u<e;++u){let i=r[a+u];(Number.isNaN(i)||i>c)&&(c=i)}n[s]=c}return n}var NC=I(()=>{v();});var EC,W9,qA,$C=I(()=>{v();Wt();Jt();EC=ze(((r,e)=>Math.max(r,e))),W9=Ye(os,EC),qA={kernelName:os,backendName:"cpu",kernelFunc:W9}});var AC,V9,KA,RC=I(()=>{v();Wt();Jt();AC=ze(((r,e)=>Math.min(r,e))),V9=Ye(as,AC),KA={kernelName:as,backendName:"cpu",kernelFunc:V9}});var km,G9,Lu,jA,Wu=I(()=>{v();Wt();Jt();km=ze(((r,e)=>r*e)),G9=tp(((r,e,t,o)=>({real:r*t-e*o,imag:r*o+e*t}))),Lu=Ye(us,km,G9),jA={kernelName:us,backendName:"cpu",kernelFunc:Lu}});function DC(r,e,t){let o=b.createScalarValue(-1,t);return km([],e,o,r,t)}function U9(r){let{inputs:e,backend:t}=r,{x:o}=e;Q(o,"neg");let n=t.data.get(o.dataId).values,[s,a]=DC(n,o.shape,o.dtype);return t.makeTensorInfo(a,o.dtype,s)}var XA,FC=I(()=>{v();we();Wu();XA={kernelName:"Neg",backendName:"cpu",kernelFunc:U9}});var MC,z9,YA,PC=I(()=>{v();Wt();Jt();MC=ze(((r,e)=>r!==e?1:0)),z9=Ye(ls,MC,null,"bool"),YA={kernelName:ls,backendName:"cpu",kernelFunc:z9}});function op(r,e,t,o,n){let s=e.length,a=b.sizeFromShape(e),c=b.computeStrides(e),u=b.computeStrides(n),i=b.getTypedArrayFromDType(t,b.sizeFromShape(n));for(let l=0;l<a;++l){let p=b.indexToLoc(l,s,c),m=new Array(p.length);for(let d=0;d<m.length;d++)m[d]=p[o[d]];let f=b.locToIndex(m,s,u);i[f]=r[l]}return i}var Rh=I(()=>{v();});function St(r){let{inputs:e,attrs:t,backend:o}=r,{x:n}=e,{perm:s}=t;Q(n,"transpose");let a=n.shape.length,c=new Array(a);for(let p=0;p<c.length;p++)c[p]=n.shape[s[p]];let u=o.data.get(n.dataId).values,i=op(u,n.shape,n.dtype,s,c);return{dataId:o.write(i,c,n.dtype),shape:c,dtype:n.dtype}}var JA,Jr=I(()=>{v();we();Rh();JA={kernelName:bo,backendName:"cpu",kernelFunc:St}});function OC(r,e,t,o){let[n,s]=S.computeOutAndReduceShapes(r,o),a=Pt(e,"int32"),c=b.makeZerosTypedArray(b.sizeFromShape(n),a),u=b.sizeFromShape(s);for(let i=0;i<c.length;++i){let l=i*u,p=1;for(let m=0;m<u;++m)p*=t[l+m];c[i]=p}return{outVals:c,outShape:n,outDtype:a}}function H9(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,keepDims:a}=o;Q(n,"prod");let c=n.shape.length,u=b.parseAxisParam(s,n.shape),i=S.getAxesPermutation(u,c),l=u,p=n,m=[];i!=null&&(p=St({inputs:{x:n},backend:t,attrs:{perm:i}}),m.push(p),l=S.getInnerMostAxes(l.length,c));let f=t.data.get(p.dataId).values,{outVals:d,outShape:h,outDtype:g}=OC(p.shape,p.dtype,f,l),x=h;return a&&(x=S.expandShapeToKeepDim(h,u)),m.forEach(y=>t.disposeIntermediateTensorInfo(y)),t.makeTensorInfo(x,g,d)}var ZA,BC=I(()=>{v();we();Jr();ZA={kernelName:xs,backendName:"cpu",kernelFunc:H9}});function q9(r,e,t){r.forEach((o,n)=>{if(o<0||o>=t){let s=b.indexToLoc(n,e.length,b.computeStrides(e)).join(",");throw new Error(`indices[${s}] = ${o} is not in [0, ${t})`)}})}function K9(r,e){for(let t=0;t<r.length;++t){let o=r[t],n=t===r.length-1?e:r[t+1].length;if(o.length===0)throw new Error("Ragged splits may not be empty");if(o[0]<0)throw new Error("Ragged splits must be non-negative");if(o[o.length-1]>n)throw new Error("Ragged splits must not point past values");for(let s=1;s<o.length;++s)if(o[s-1]>o[s])throw new Error("Ragged splits must be sorted in ascending order")}}function j9(r,e,t,o){let n=[],s=0,a=e.length-1+t.length,c=new Array(a).fill(null).map(()=>[0]);K9(t,o);let u=1;for(let i=0;i<e.length-1;++i){u*=e[i];let l=e[i+1];for(let p=1;p<u+1;++p)c[i].push(p*l)}for(let i=0;i<r.length;++i){let l=r[i],p=r[i]+1;for(let m=0;m<t.length;++m){let f=t[m],d=m+e.length-1;if(d>=0){let h=c[d],g=h[h.length-1]-f[l];for(let x=l;x<p;++x)c[d].push(f[x+1]+g)}l=f[l],p=f[p]}p!==l&&(n.push([l,p]),s+=p-l)}return{outSplits:c,valueSlices:n,numValues:s}}function X9(r){let e=[];for(let t=0;t<r.length;++t){let o=r[t].length,n=b.getArrayFromDType("int32",o);e.push(n),r[t].forEach((s,a)=>n[a]=s)}return e}function QA(r,e){let t=r.slice(0,e);for(;t.length<e;)t.push(1);for(let o=e;o<r.length;o++)t[e-1]*=r[o];return t}function Y9(r,e,t,o,n,s){let a=QA(e,2)[1],c=QA(s,2)[1],u=0;for(let i of t)for(let l=i[0];l<i[1];++l){for(let p=0;p<o;++p)n[u*c+p]=r[l*a+p];++u}}function J9(r,e,t,o,n){let s=e.slice();s[0]=n;let a=b.getArrayFromDType(t,b.sizeFromShape(s)),c=r.length,u=c===0?0:c/e[0];return Y9(r,e,o,u,a,s),[a,s]}function Dh(r,e,t,o,n,s,a,c){if(r.length===0)throw new Error("paramsNestedSplits must be non empty");if(e[0].length===0)throw new Error("Split tensors must not be scalars");let u=e[0][0]-1;if(q9(s,a,u),o.length===0)throw new Error("params.rank must be nonzero");let i=o[0],{outSplits:l,valueSlices:p,numValues:m}=j9(s,a,r,i),f=X9(l),d=J9(t,o,n,p,m);return[f,d[0],d[1]]}var LC=I(()=>{v();});function Fh(r,e,t,o,n,s,a){if(e.length>1)throw new Error("starts must be a scalar or vector");if(n.length>1)throw new Error("limits must be a scalar or vector");if(a.length>1)throw new Error("deltas must be a scalar or vector");let c=e.length===0,u=n.length===0,i=a.length===0,l=[];c||l.push(e[0]),u||l.push(n[0]),i||l.push(a[0]);for(let g=1;g<l.length;++g)if(l[g]!==l[g-1])throw new Error("starts, limits, and deltas must have the same shape");let p=l.length===0?1:l[0],m=b.getArrayFromDType("int32",p+1);m[0]=0;for(let g=0;g<p;++g){let x=c?r[0]:r[g],y=u?o[0]:o[g],w=i?s[0]:s[g];if(w===0)throw new Error("Requires delta != 0");let C;if(w>0&&y<x||w<0&&y>x)C=0;else if(C=Math.ceil(Math.abs((y-x)/w)),C>eR)throw new Error(`Requires ((limit - start) / delta) <= ${eR}`);m[g+1]=m[g]+C}let f=m[p],d=b.getArrayFromDType(t,f),h=0;for(let g=0;g<p;++g){let x=m[g+1]-m[g],y=c?r[0]:r[g],w=i?s[0]:s[g];for(let C=0;C<x;++C)d[h++]=y,y+=w}return[m,d]}var eR,WC=I(()=>{v();eR=2147483647});function tR(r,e,t){for(let o=0;o<t;o++)r[o]=e[o]}function rR(r,e){let t=[];for(let o of r){if(o<0){if(!e)throw new Error(`Dimension ${o} must be >= 0`);if(o<-1)throw new Error(`Dimension ${o} must be >= -1`);o=-1}t.push(o)}return t}function Mh(r,e,t,o,n,s,a,c,u,i){return new VC(r,e,t,o,n,s,a,c,u,i).compute()}var Ao,VC,GC=I(()=>{v();Ao=S.RowPartitionType,VC=class r{constructor(e,t,o,n,s,a,c,u,i,l){this.shape=e,this.shapeShape=t,this.values=o,this.valuesShape=n,this.valuesDType=s,this.defaultValue=a,this.defaultValueShape=c,this.rowPartitionValues=u,this.rowPartitionValuesShapes=i,this.rowPartitionTypes=S.getRowPartitionTypesHelper(l),this.raggedRank=S.getRaggedRank(this.rowPartitionTypes)}getRowPartitionTypeByDimension(e){return this.rowPartitionTypes[0]===Ao.FIRST_DIM_SIZE?this.rowPartitionTypes[e+1]:this.rowPartitionTypes[e]}getRowPartitionTensor(e){return this.rowPartitionTypes[0]===Ao.FIRST_DIM_SIZE?this.rowPartitionValues[e+1]:this.rowPartitionValues[e]}getMaxWidth(e){let t=this.getRowPartitionTensor(e-1);switch(this.getRowPartitionTypeByDimension(e-1)){case Ao.VALUE_ROWIDS:return r.getMaxWidthValueRowID(t);case Ao.ROW_SPLITS:return r.getMaxWidthRowSplit(t);default:throw new Error(`Cannot handle partition type ${Ao[this.getRowPartitionTypeByDimension(e-1)]}`)}}static getMaxWidthRowSplit(e){let t=e.length;if(t===0||t===1)return 0;let o=0;for(let n=0;n<t-1;++n){let s=e[n+1]-e[n];s>o&&(o=s)}return o}static getMaxWidthValueRowID(e){let t=e.length;if(t===0)return 0;let o=0,n=e[0],s=0;for(let a=1;a<t;++a){let c=e[a];c!==n&&(n=c,s=Math.max(a-o,s),o=a)}return Math.max(t-o,s)}tensorShapeFromTensor(e,t,o=!0){if(t.length===0){if(e[0]===-1)return[];throw new Error("The only valid scalar shape tensor is the fully unknown shape specified as -1.")}return rR(e,o)}calculateOutputSize(e){let t=this.valuesShape,o=this.defaultValueShape;S.validateDefaultValueShape(o,t);let n=this.tensorShapeFromTensor(this.shape,this.shapeShape),a=S.combineRaggedTensorToTensorShapes(this.raggedRank,n,t);a[0]<0&&(a[0]=e);for(let c=1;c<=this.raggedRank;++c)a[c]<0&&(a[c]=this.getMaxWidth(c));return a}calculateFirstParentOutputIndex(e,t,o){let n=Math.min(e,o),s=[],a=0;for(let c=0;c<n;++c,a+=t)s.push(a);for(let c=n;c<e;++c)s.push(-1);return b.assert(s.length===e,()=>"Final length of result must be equal to firstDimension."),s}calculateOutputIndexRowSplit(e,t,o,n){let s=e.length,a=[];for(let c=0;c<s-1;++c){let u=e[c+1]-e[c],i=Math.min(n,u),l=t[c];l===-1&&(i=0);for(let p=0;p<i;++p)a.push(l),l+=o;for(let p=0;p<u-i;++p)a.push(-1)}if(s>0&&a.length!==e[s-1])throw new Error("Invalid row split size.");return a}calculateOutputIndexValueRowID(e,t,o,n){let s=e.length,a=[];if(s===0)return[];let c=0,u=e[0];if(u>=t.length)throw new Error(`Got currentValueRowId=${u}, which is not less than ${t.length}`);let i=t[u];a.push(i);for(let l=1;l<s;++l){let p=e[l];if(p===u)i>=0&&(++c,c<n?i+=o:i=-1);else{if(c=0,u=p,p>=t.length)throw new Error(`Got nextValueRowId=${p} which is not less than ${t.length}`);i=t[p]}a.push(i)}if(a.length!==e.length)throw new Error("Invalid row ids.");return a}calculateOutputIndex(e,t,o,n){let s=this.getRowPartitionTensor(e),a=this.getRowPartitionTypeByDimension(e);switch(a){case Ao.VALUE_ROWIDS:return this.calculateOutputIndexValueRowID(s,t,o,n);case Ao.ROW_SPLITS:if(s.length-1>t.length)throw new Error(`Row partition size is greater than output size: ${s.length-1} > ${t.length}`);return this.calculateOutputIndexRowSplit(s,t,o,n);default:throw new Error(`Unsupported partition type: ${Ao[a]}`)}}getFirstDimensionSize(){let e=this.rowPartitionValues[0];if(this.rowPartitionTypes.length===0)throw new Error("No row_partition_types given.");let t=this.rowPartitionTypes[0];switch(t){case Ao.FIRST_DIM_SIZE:return e[0];case Ao.VALUE_ROWIDS:throw new Error("Cannot handle VALUE_ROWIDS in first dimension.");case Ao.ROW_SPLITS:return this.rowPartitionValuesShapes[0][0]-1;default:throw new Error(`Cannot handle type ${Ao[t]}`)}}compute(){if(this.rowPartitionValues[0].length<=0)throw new Error("Invalid first partition input. Tensor requires at least one element.");let t=this.getFirstDimensionSize(),o=this.calculateOutputSize(t),n=new Array(this.raggedRank+1);n[n.length-1]=1;for(let u=n.length-2;u>=0;--u)n[u]=n[u+1]*o[u+1];let s=rR(o,!1),a=b.getArrayFromDType(this.valuesDType,b.sizeFromShape(s));if(n[0]*o[0]>0){let u=this.calculateFirstParentOutputIndex(t,n[0],o[0]);for(let i=1;i<=this.raggedRank;++i)u=this.calculateOutputIndex(i-1,u,n[i],o[i]);this.setOutput(this.raggedRank,u,a,s)}return[s,a]}setOutput(e,t,o,n){if(o.length===0)return;let s=this.values,a=o,c=n.slice();c=c.slice(e+1);let u=b.sizeFromShape(c),i=t.length,l=this.defaultValue;if(l.length!==u&&l.length!==1){let d=this.defaultValueShape;at(()=>{let h=z(l,d);l=cc(h,c).dataSync()})}let p=0,m=0,f=0;for(let d=0;d<=i;++d){let h=d<i?t[d]:-1;if(h===f){++f;continue}if(m<f){let g=s.subarray(p*u),x=a.subarray(m*u),y=(f-m)*u;tR(x,g,y)}if(d>=i){let g=o.length;h=Math.floor(g/u)}if(h>f)if(this.defaultValue.length===1)a.subarray(f*u,h*u).fill(this.defaultValue[0]),f=h;else for(;h>f;){let g=a.slice(f*u);tR(g,l,u),++f}h<0?(p=d+1,m=f):(p=d,m=f,f=m+1)}}}});function Vu(r,e,t,o){let n=r===e,s=r<e&&t<0,a=e<r&&t>1;if(n||s||a)return b.makeZerosTypedArray(0,o);let c=Math.abs(Math.ceil((e-r)/t)),u=b.makeZerosTypedArray(c,o);e<r&&t===1&&(t=-1),u[0]=r;for(let i=1;i<u.length;i++)u[i]=u[i-1]+t;return u}var UC=I(()=>{v();});var zC,Z9,oR,HC=I(()=>{v();rn();tt();zC=rr(r=>1/Math.sqrt(r)),Z9=Wr(ks,zC),oR={kernelName:ks,backendName:"cpu",kernelFunc:Z9}});function on(r,e,t,o,n,s,a,c,u,i){let l=[o/n,n],p=r.values,m=e.values;if(o===0)return be(t,e.dtype);let f=u instanceof Qe?u:be(l,e.dtype);typeof u=="string"||typeof u=="number"?f.values.fill(u):typeof u=="boolean"&&f.values.fill(+u);for(let d=0;d<s;d++){let h=[],g=0;for(let x=0;x<a;x++){let y=p[d*a+x];h.push(y),g+=y*c[x]}if(g<0||g>=o/n)throw new Error(`Invalid indices: ${h} does not index into ${t}`);for(let x=0;x<n;x++)i?f.values[g*n+x]+=m[d*n+x]:f.values[g*n+x]=e.rank===0?m[0]:m[d*n+x]}return f}var _m=I(()=>{v();});var nR,qC,sR,Ph=I(()=>{v();rn();tt();nR=rr(r=>1/(1+Math.exp(-r))),qC=_e(Rs,r=>1/(1+Math.exp(-r))),sR={kernelName:Rs,backendName:"cpu",kernelFunc:qC}});function Gu(r,e,t,o,n){let s=bt.isSliceContinous(o,e,t),a=b.sizeFromShape(t),c=b.computeStrides(o);if(s){let p=bt.computeFlatOffset(e,c);return n==="string"?r.slice(p,p+a):r.subarray(p,p+a)}let u=n==="string"?S.fromUint8ToStringArray(r):r,i=be(o,n,u),l=be(t,n);for(let p=0;p<l.size;++p){let m=l.indexToLoc(p),f=m.map((d,h)=>d+e[h]);l.set(i.get(...f),...m)}return n==="string"?S.fromStringArrayToUint8(l.values):l.values}function Ro(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{begin:s,size:a}=o;Q(n,"slice");let[c,u]=bt.parseSliceParams(n,s,a);bt.assertParamsValid(n,c,u);let i=t.data.get(n.dataId).values,l=Gu(i,c,u,n.shape,n.dtype);return t.makeTensorInfo(u,n.dtype,l)}var aR,Cc=I(()=>{v();we();aR={kernelName:Ja,backendName:"cpu",kernelFunc:Ro}});function Oh(r,e,t,o,n,s,a){let c=e[0],u=s[0],i=new Array(u),l=new Array(c),p=e[1];if(u===0){if(c!==0)throw new Error(S.getSparseFillEmptyRowsIndicesDenseShapeMismatch(c));let g=b.getArrayFromDType(t,0),x=b.getArrayFromDType(n,0);return[g,[0,p],x,i,l]}let m=!0,f=0,d=new Array(u).fill(0);for(let g=0;g<c;++g){let x=r[g*p];if(x<0)throw new Error(S.getSparseFillEmptyRowsNegativeIndexErrorMessage(g,x));if(x>=u)throw new Error(S.getSparseFillEmptyRowsOutOfRangeIndexErrorMessage(g,x,u));++d[x],m=m&&x>=f,f=x}let h=!0;for(let g=0;g<u;++g){let x=d[g]===0;i[g]=x,h=h&&!x,d[g]=Math.max(d[g],1),g>0&&(d[g]+=d[g-1])}if(h&&m){let g=r,x=o;for(let y=0;y<c;++y)l[y]=y;return[g,[c,p],x,i,l]}else{let g=d[u-1],x=b.getArrayFromDType(t,g*p),y=b.getArrayFromDType(n,g),w=new Array(u).fill(0);for(let C=0;C<c;++C){let T=r[C*p],$=w[T],A=(T===0?0:d[T-1])+$;w[T]++;for(let R=0;R<p;++R)x[A*p+R]=r[C*p+R];y[A]=o[C],l[C]=A}for(let C=0;C<u;++C)if(w[C]===0){let $=C===0?0:d[C-1];x[$*p+0]=C;for(let A=1;A<p;++A)x[$*p+A]=0;y[$]=a}return[x,[g,p],y,i,l]}}var KC=I(()=>{v();});function Bh(r,e,t,o,n){let s=b.sizeFromShape(o),a=e[0],c=n.length,u=[],i=1,l=-1;for(let g=0;g<c;++g){let x=n[g];if(x===-1){if(l!==-1)throw new Error(S.getSparseReshapeMultipleNegativeOneOutputDimErrorMessage(l,g));l=g,u.push(1)}else{if(x<0)throw new Error(S.getSparseReshapeNegativeOutputDimErrorMessage(g,x));i*=x,u.push(x)}}if(l!==-1){if(i<=0)throw new Error(S.getSparseReshapeEmptyTensorZeroOutputDimErrorMessage());let g=Math.trunc(s/i);if(i*g!==s)throw new Error(S.getSparseReshapeInputOutputMultipleErrorMessage(o,u));u[l]=g}if(b.sizeFromShape(u)!==s)throw new Error(S.getSparseReshapeInputOutputMismatchErrorMessage(o,u));let m=o.length,f=[];if(m>0){f[m-1]=1;for(let g=m-2;g>=0;--g)f[g]=f[g+1]*o[g+1]}let d=[];if(c>0){d[c-1]=1;for(let g=c-2;g>=0;--g)d[g]=d[g+1]*u[g+1]}let h=b.getArrayFromDType(t,a*c);for(let g=0;g<a;++g){let x=0;for(let y=0;y<m;++y)x+=r[g*m+y]*f[y];for(let y=0;y<c;++y)h[g*c+y]=Math.trunc(x/d[y]),x%=d[y]}return[h,[a,c],u]}var jC=I(()=>{v();});function np(r,e,t,o,n,s=!1,a=0){let c=o.length,u=[e[0],r.length/e[0]],i=u[1],p=c>0?n[c-1]+1:0;if(p<0)throw new Error(S.getSparseSegmentReductionNegativeSegmentIdsErrorMessage());let m=e.slice();m[0]=p;let f=m.reduce((w,C)=>w*C,1),d=b.getArrayFromDType(t,f);if(c===0)return p>0&&d.fill(a),[d,m];if(p<=0)throw new Error(S.getSparseSegmentReductionNegativeSegmentIdsErrorMessage());let h=0,g=1,x=0,y=n[h];for(;;){let w=0;if(g<c){if(w=n[g],y===w){++g;continue}if(y>=w)throw new Error(S.getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage())}if(y<0||y>=p)throw new Error(S.getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage(y,p));y>x&&d.fill(a,x*i,y*i);for(let C=h;C<g;++C){let T=o[C];if(T<0||T>=u[0])throw new Error(S.getSparseSegmentReductionIndicesOutOfRangeErrorMessage(C,o[C],u[0]));for(let $=0;$<i;$++)d[y*i+$]+=r[T*i+$]}if(s)for(let C=0;C<i;C++)d[y*i+C]/=g-h;if(h=g,++g,x=y+1,y=w,g>c)break}return x<p&&d.fill(a,x*i,p*i),[d,m]}var Lh=I(()=>{v();});var iR,Q9,cR,XC=I(()=>{v();rn();tt();iR=rr(r=>Math.sqrt(r)),Q9=_e(Fs,r=>Math.sqrt(r)),cR={kernelName:Fs,backendName:"cpu",kernelFunc:Q9}});var YC,eJ,uR,JC=I(()=>{v();Wt();Jt();YC=ze(((r,e)=>{let t=r-e;return t*t})),eJ=Ye(Bs,YC),uR={kernelName:Bs,backendName:"cpu",kernelFunc:eJ}});var ZC,tJ,lR,QC=I(()=>{v();rn();tt();ZC=rr((r,e)=>{let{pattern:t,replaceGlobal:o,rewrite:n}=e;return r.replace(new RegExp(t,o?"g":""),n)}),tJ=Wr(Zi,ZC),lR={kernelName:Zi,backendName:"cpu",kernelFunc:tJ}});function Wh(r,e,t,o){let n=be(r,e.dtype);for(let s=0;s<n.size;s++){let a=n.indexToLoc(s),c=new Array(a.length);for(let u=0;u<c.length;u++)c[u]=a[u]*t[u]+o[u];n.set(e.get(...c),...a)}return n}var e0=I(()=>{v();});function Uu(r,e,t,o,n,s,a,c){return new t0(t,o,n,s,a,c).compute(r,e)}var t0,r0=I(()=>{v();t0=class{constructor(e,t,o,n,s,a){this.separator=b.encodeString(e),this.nGramWidths=t,this.leftPad=b.encodeString(o),this.rightPad=b.encodeString(n),this.padWidth=s,this.preserveShort=a}getPadWidth(e){return Math.min(this.padWidth<0?e-1:this.padWidth,e-1)}getNumNGrams(e,t){let o=this.getPadWidth(t);return Math.max(0,e+2*o-t+1)}createNGrams(e,t,o,n,s,a){for(let c=0;c<s;++c){let u=this.getPadWidth(a),i=Math.max(0,u-c),l=Math.max(0,u-(s-(c+1))),p=a-(i+l),m=t+(i>0?0:c-u),f=0;f+=i*this.leftPad.length;for(let y=0;y<p;++y)f+=e[m+y].length;f+=l*this.rightPad.length;let d=i+l+p-1;f+=d*this.separator.length,o[n+c]=new Uint8Array(f);let h=o[n+c],g=0,x=y=>y.forEach(w=>h[g++]=w);for(let y=0;y<i;++y)x(this.leftPad),x(this.separator);for(let y=0;y<p-1;++y)x(e[m+y]),x(this.separator);if(p>0){x(e[m+p-1]);for(let y=0;y<l;++y)x(this.separator),x(this.rightPad)}else{for(let y=0;y<l-1;++y)x(this.rightPad),x(this.separator);x(this.rightPad)}}}compute(e,t){let o=e.length,n=t.length;if(n>0){let u=t[0];if(u!==0)throw new Error(`First split value must be 0, got ${u}`);for(let i=1;i<n;++i){let l=t[i]>=u;if(l=l&&t[i]<=o,!l)throw new Error(`Invalid split value ${t[i]}, must be in [${u}, ${o}]`);u=t[i]}if(u!==o)throw new Error(`Last split value must be data size. Expected ${o}, got ${u}`)}let s=n-1,a=b.getArrayFromDType("int32",n);if(o===0||n===0){let u=new Array(o);for(let i=0;i<=s;++i)a[i]=0;return[u,a]}a[0]=0;for(let u=1;u<=s;++u){let i=t[u]-t[u-1],l=0;this.nGramWidths.forEach(p=>{l+=this.getNumNGrams(i,p)}),this.preserveShort&&i>0&&l===0&&(l=1),a[u]=a[u-1]+l}let c=new Array(a[s]);for(let u=0;u<s;++u){let i=t[u],l=a[u];if(this.nGramWidths.forEach(p=>{let m=t[u+1]-t[u],f=this.getNumNGrams(m,p);this.createNGrams(e,i,c,l,f,p),l+=f}),this.preserveShort&&l===a[u]){let p=t[u+1]-t[u];if(p===0)continue;let m=p+2*this.padWidth;this.createNGrams(e,i,c,l,1,m)}}return[c,a]}}});function rJ(r,e,t,o){if(!r.length)return;if(e.length===0){for(let s=0;s<r.length;++s)o.push(r.subarray(s,s+1));return}if(e.length===1){let s=e[0],a=r.indexOf(s);for(;a!==-1;){let c=r.subarray(0,a);(!t||c.length!==0)&&o.push(c),r=r.subarray(a+1),a=r.indexOf(s)}(!t||r.length!==0)&&o.push(r);return}let n=0;for(let s=0;s<r.length+1;s++)if(s===r.length||e.indexOf(r[s])!==-1){let a=r.subarray(n,s);(!t||a.length!==0)&&o.push(a),n=s+1}}function zu(r,e,t){let o=r.length,n=[],s=0,a=0,c=new Array(o);for(let m=0;m<o;++m){let f=n.length;rJ(r[m],e,t,n);let d=n.length-f;c[m]=d,s+=d,a=Math.max(a,d)}let u=b.getArrayFromDType("int32",s*2),i=new Array(s),l=[o,a],p=0;for(let m=0;m<o;++m)for(let f=0;f<c[m];++f)u[p*2]=m,u[p*2+1]=f,i[p]=n[p],++p;return[u,i,l]}var o0=I(()=>{v();});function Hu(r,e){let t=b.getArrayFromDType("int32",r.length);for(let o=0;o<r.length;++o)t[o]=b.fingerPrint64(r[o]).modulo(e).getLowBitsUnsigned();return t}var n0=I(()=>{v();});var s0,oJ,Tm,pR,Nm=I(()=>{v();Wt();Jt();s0=ze(((r,e)=>r-e)),oJ=tp(((r,e,t,o)=>({real:r-t,imag:e-o}))),Tm=Ye("Sub",s0,oJ),pR={kernelName:"Sub",backendName:"cpu",kernelFunc:Tm}});function Vh(r,e){let t=new Array(r.rank);for(let n=0;n<t.length;n++)t[n]=r.shape[n]*e[n];let o=be(t,r.dtype);for(let n=0;n<o.values.length;++n){let s=o.indexToLoc(n),a=new Array(r.rank);for(let u=0;u<a.length;u++)a[u]=s[u]%r.shape[u];let c=r.locToIndex(a);o.values[n]=r.values[c]}return o}var a0=I(()=>{v();});function mR(r,e,t=0,o=r.length-1){for(;o>t;){if(o-t>600){let c=o-t+1,u=e-t+1,i=Math.log(c),l=.5*Math.exp(2*i/3),p=.5*Math.sqrt(i*l*(c-l)/c)*Math.sign(u-c/2),m=Math.max(t,Math.floor(e-u*l/c+p)),f=Math.min(o,Math.floor(e+(c-u)*l/c+p));mR(r,e,m,f)}let n=r[e],s=t,a=o;for(b.swap(r,t,e),Em(r[o],n)>0&&b.swap(r,t,o);s<a;){for(b.swap(r,s,a),s++,a--;Em(r[s],n)<0;)s=s+1;for(;Em(r[a],n)>0;)a=a-1}Em(r[t],n)===0?b.swap(r,t,a):(a=a+1,b.swap(r,a,o)),a<=e&&(t=a+1),e<=a&&(o=a-1)}}function Gh(r,e,t,o,n){let s=e[e.length-1],[a,c]=[r.length/s,s],u=b.getTypedArrayFromDType(t,a*o),i=b.getTypedArrayFromDType("int32",a*o);for(let p=0;p<a;p++){let m=p*c,f=r.subarray(m,m+c),d=new Array(f.length);f.forEach((y,w)=>d[w]={value:y,index:w}),o<d.length&&(mR(d,o),d=d.slice(0,o)),n&&d.sort(Em);let h=p*o,g=u.subarray(h,h+o),x=i.subarray(h,h+o);for(let y=0;y<o;y++)g[y]=d[y].value,x[y]=d[y].index}let l=e.slice();return l[l.length-1]=o,[be(l,t,u),be(l,"int32",i)]}var Em,i0=I(()=>{v();Em=(r,e)=>{let t=e.value-r.value;return t===0?r.index-e.index:t}});function qu(r,e,t,o){let n=b.parseAxisParam(e,t)[0],s=[1,t[0],1];for(let d=0;d<n;d++)s[0]*=t[d];s[1]=t[n];for(let d=n+1;d<t.length;d++)s[2]*=t[d];let a=new Map,c=new Int32Array(t[n]),u=new Qe(s,o,r),i=[],l=s[0]===1&&s[2]===1;for(let d=0;d<t[n];d++){let h;if(l)h=r[d].toString();else{let x=[];for(let y=0;y<s[0];y++)for(let w=0;w<s[2];w++)x.push(u.get(y,d,w));h=x.join(",")}let g=a.get(h);if(g!=null)c[d]=g;else{let x=a.size;a.set(h,x),c[d]=x,i.push(d)}}let p=s.slice();p[1]=a.size;let m=new Qe(p,o);i.forEach((d,h)=>{for(let g=0;g<s[0];g++)for(let x=0;x<s[2];x++)m.set(u.get(g,d,x),g,h,x)});let f=t.slice();return f[n]=p[1],{outputValues:m.values,outputShape:f,indices:c}}var c0=I(()=>{v();});var u0={};nr(u0,{addImpl:()=>QI,bincountImpl:()=>rp,bincountReduceImpl:()=>Sh,bitwiseAndImpl:()=>eC,castImpl:()=>ZI,ceilImpl:()=>rC,concatImpl:()=>Bu,equalImpl:()=>sC,expImpl:()=>iC,expm1Impl:()=>uC,floorDivImpl:()=>fC,floorImpl:()=>pC,gatherNdImpl:()=>Nh,gatherV2Impl:()=>Eh,greaterEqualImpl:()=>yC,greaterImpl:()=>xC,lessEqualImpl:()=>CC,lessImpl:()=>vC,linSpaceImpl:()=>$h,logImpl:()=>_C,maxImpl:()=>Ah,maximumImpl:()=>EC,minimumImpl:()=>AC,multiplyImpl:()=>km,negImpl:()=>DC,notEqualImpl:()=>MC,prodImpl:()=>OC,raggedGatherImpl:()=>Dh,raggedRangeImpl:()=>Fh,raggedTensorToTensorImpl:()=>Mh,rangeImpl:()=>Vu,rsqrtImpl:()=>zC,scatterImpl:()=>on,sigmoidImpl:()=>nR,simpleAbsImpl:()=>XI,sliceImpl:()=>Gu,sparseFillEmptyRowsImpl:()=>Oh,sparseReshapeImpl:()=>Bh,sparseSegmentReductionImpl:()=>np,sqrtImpl:()=>iR,squaredDifferenceImpl:()=>YC,staticRegexReplaceImpl:()=>ZC,stridedSliceImpl:()=>Wh,stringNGramsImpl:()=>Uu,stringSplitImpl:()=>zu,stringToHashBucketFastImpl:()=>Hu,subImpl:()=>s0,tileImpl:()=>Vh,topKImpl:()=>Gh,transposeImpl:()=>op,uniqueImpl:()=>qu});var Ri=I(()=>{YI();Ou();kh();tC();Pu();oC();nC();_h();Th();lC();mC();dC();hC();gC();bC();wC();IC();SC();kC();TC();NC();$C();RC();Wu();FC();PC();BC();LC();WC();GC();UC();HC();_m();Ph();Cc();KC();jC();Lh();XC();JC();QC();e0();r0();o0();n0();Nm();a0();i0();Rh();c0();});var ve,Rc,ct=I(()=>{(function(r){r[r.float32=0]="float32",r[r.int32=1]="int32",r[r.bool=2]="bool",r[r.string=3]="string",r[r.complex64=4]="complex64"})(ve||(ve={}));(function(r){r[r.linear=0]="linear",r[r.relu=1]="relu",r[r.relu6=2]="relu6",r[r.prelu=3]="prelu",r[r.leakyrelu=4]="leakyrelu",r[r.sigmoid=5]="sigmoid",r[r.elu=6]="elu"})(Rc||(Rc={}))});function $se(r){WL=r.wasm.cwrap(Uo,null,["number","array","number","number","array","number","number","number","number","number","number","number","number"])}function Ase(r){let{inputs:e,backend:t,attrs:o}=r,{a:n,b:s,bias:a,preluActivationWeights:c}=e;if(n.dtype!=="float32"||s.dtype!=="float32")throw new Error("_FusedMatMul for non non-float32 tensors not yet supported.");let{transposeA:u,transposeB:i,activation:l,leakyreluAlpha:p}=o,m=t.dataIdMap.get(n.dataId).id,f=t.dataIdMap.get(s.dataId).id,d=0;if(a!=null){let R=t.dataIdMap.get(a.dataId);if(R.shape.length!==1)throw new Error(`_FusedMatMul only supports rank-1 bias but got rank ${R.shape.length}.`);d=R.id}let h=c==null?0:t.dataIdMap.get(c.dataId).id,g=Rc[l];if(g==null)throw new Error(`${l} activation not yet supported for FusedConv2D in the wasm backend.`);let x=u?n.shape[2]:n.shape[1],y=i?s.shape[1]:s.shape[2],w=Or.assertAndGetBroadcastShape(n.shape.slice(0,-2),s.shape.slice(0,-2)),C=t.makeOutput([...w,x,y],n.dtype),T=t.dataIdMap.get(C.dataId).id,$=new Uint8Array(new Int32Array(n.shape).buffer),A=new Uint8Array(new Int32Array(s.shape).buffer);return WL(m,$,n.shape.length,f,A,s.shape.length,u,i,g,d,h,p||0,T),C}var WL,VL,GL=I(()=>{v();ct();VL={kernelName:Uo,backendName:"wasm",setupFunc:$se,kernelFunc:Ase}});function he(r,e){let t;function o(s){t=s.wasm.cwrap(r,null,["number","number","number"])}function n(s){let{backend:a,inputs:{x:c}}=s,u=a.dataIdMap.get(c.dataId).id,i=a.makeOutput(c.shape,e||c.dtype),l=a.dataIdMap.get(i.dataId).id;return b.sizeFromShape(i.shape)===0||t(u,ve[c.dtype],l),i}return{kernelName:r,backendName:"wasm",setupFunc:o,kernelFunc:n}}var nt=I(()=>{v();ct();});var UL,zL=I(()=>{v();nt();UL=he("Abs")});var HL,qL=I(()=>{v();nt();HL=he(mn)});var KL,jL=I(()=>{v();nt();KL=he(fn)});function je(r,e,t){let o;function n(a){o=a.wasm.cwrap(r,null,["number","array","number","number","array","number","number","number"])}function s(a){let{backend:c,inputs:u}=a,{a:i,b:l}=u,p=c.dataIdMap.get(i.dataId).id,m=c.dataIdMap.get(l.dataId).id,f=t??i.dtype,d=S.assertAndGetBroadcastShape(i.shape,l.shape),h=c.makeOutput(d,f);if(b.sizeFromShape(d)===0)return h;let g=new Uint8Array(new Int32Array(i.shape).buffer),x=new Uint8Array(new Int32Array(l.shape).buffer),y=c.dataIdMap.get(h.dataId).id;return o(p,g,i.shape.length,m,x,l.shape.length,ve[i.dtype],y),h}return{kernelName:r,backendName:"wasm",setupFunc:n,kernelFunc:s}}var Ht=I(()=>{v();ct();});var Rse,XL,YL=I(()=>{v();Ht();Rse=!0,XL=je("Add",Rse)});function Dse(r){JL=r.wasm.cwrap(dn,null,["array","number","number","number"])}function Fse(r){let{inputs:e,backend:t}=r,o=t.makeOutput(e[0].shape,e[0].dtype);if(b.sizeFromShape(o.shape)===0)return o;let n=e.map(c=>t.dataIdMap.get(c.dataId).id),s=new Uint8Array(new Int32Array(n).buffer),a=t.dataIdMap.get(o.dataId).id;return JL(s,n.length,ve[o.dtype],a),o}var JL,ZL,QL=I(()=>{v();ct();ZL={kernelName:dn,backendName:"wasm",setupFunc:Dse,kernelFunc:Fse}});function sl(r){let{inputs:{x:e},backend:t}=r;if(e.dtype==="string")return Io(t.readSync(e.dataId),e.shape,e.dtype);let o=t.makeOutput(e.shape,e.dtype),n=t.typedArrayFromHeap(e);return t.typedArrayFromHeap(o).set(n),o}var eW,Zm=I(()=>{v();eW={kernelName:Vo,backendName:"wasm",kernelFunc:sl}});function Mse(r){tW=r.wasm.cwrap(bo,null,["number","array","number","number","number","array","number"])}function ho(r){let{inputs:e,backend:t,attrs:o}=r,[n,s]=Ose(e.x.shape,o.perm),a=!0;for(let d=0;d<s.length;d++)s[d]!==d&&(a=!1);let c=Pse(e.x.shape,o.perm),u={dataId:e.x.dataId,shape:n,dtype:e.x.dtype};if(a){let d=sl({inputs:e,backend:t});return d.shape=c,d}let i=t.makeOutput(c,u.dtype),l=t.dataIdMap.get(u.dataId).id,p=t.dataIdMap.get(i.dataId).id,m=new Uint8Array(new Int32Array(s).buffer),f=new Uint8Array(new Int32Array(u.shape).buffer);return tW(l,f,u.shape.length,ve[u.dtype],p,m,s.length),i}function Pse(r,e){let t=new Array(r.length);for(let o=0;o<t.length;o++)t[o]=r[e[o]];return t}function Ose(r,e){let t=[],o=[];for(let n=0;n<r.length;++n)r[n]!==1&&t.push(r[n]),r[e[n]]!==1&&o.push(e[n]);for(let n=0;n<o.length;++n){let s=-1;for(let a=0;a<o.length;++a)o[a]>=n&&(s===-1||o[s]>o[a])&&(s=a);o[s]=n}return[t,o]}var tW,rW,al=I(()=>{v();Zm();ct();rW={kernelName:bo,backendName:"wasm",kernelFunc:ho,setupFunc:Mse}});function Ar(r,e,t){let o=r.shape,n=r.shape.length,s=b.parseAxisParam(e,o),a=s,c=S.getAxesPermutation(a,n),u=null,i=!1;if(c!=null){let l=new Array(n);for(let f=0;f<l.length;f++)l[f]=o[c[f]];a=S.getInnerMostAxes(a.length,n),u=ho({inputs:{x:r},attrs:{perm:c},backend:t});let p=t.dataIdMap.get(r.dataId).id;t.dataIdMap.get(u.dataId).id!==p&&(i=!0)}return{transposed:u,originalAxes:s,axes:a,inputWasTransposed:i}}var Bi=I(()=>{v();al();});function Bse(r){oW=r.wasm.cwrap("All",null,["number, number, number"])}function Lse(r){let{backend:e,inputs:t,attrs:o}=r,{axis:n,keepDims:s}=o,{x:a}=t,u=e.dataIdMap.get(a.dataId).id,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Ar(a,n,e);if(f){let w=e.dataIdMap.get(l.dataId).id;i=l,u=w}let d=i.shape.length;S.assertAxesAreInnerMostDims("all",p,d);let[h,g]=S.computeOutAndReduceShapes(i.shape,p),x=b.sizeFromShape(g),y=e.makeOutput(h,a.dtype);if(b.sizeFromShape(i.shape)!==0){let w=e.dataIdMap.get(y.dataId).id;oW(u,x,w)}if(f&&e.disposeData(l.dataId),s){let w=S.expandShapeToKeepDim(y.shape,m);y.shape=w}return y}var oW,nW,sW=I(()=>{v();Bi();nW={kernelName:"All",backendName:"wasm",setupFunc:Bse,kernelFunc:Lse}});function Wse(r){aW=r.wasm.cwrap("Any",null,["number, number, number"])}function Vse(r){let{backend:e,inputs:t,attrs:o}=r,{axis:n,keepDims:s}=o,{x:a}=t,u=e.dataIdMap.get(a.dataId).id,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Ar(a,n,e);if(f){let w=e.dataIdMap.get(l.dataId).id;i=l,u=w}let d=i.shape.length;S.assertAxesAreInnerMostDims("any",p,d);let[h,g]=S.computeOutAndReduceShapes(i.shape,p),x=b.sizeFromShape(g),y=e.makeOutput(h,a.dtype);if(b.sizeFromShape(i.shape)!==0){let w=e.dataIdMap.get(y.dataId).id;aW(u,x,w)}if(f&&e.disposeData(l.dataId),s){let w=S.expandShapeToKeepDim(y.shape,m);y.shape=w}return y}var aW,iW,cW=I(()=>{v();Bi();iW={kernelName:"Any",backendName:"wasm",setupFunc:Wse,kernelFunc:Vse}});function Wx(r){let e;function t(n){e=n.wasm.cwrap(r,null,["number","number","number","number","number"])}function o(n){let{backend:s,inputs:a,attrs:c}=n,{axis:u}=c,{x:i}=a,l=s.dataIdMap.get(i.dataId).id,p=l,m=i,{transposed:f,axes:d,inputWasTransposed:h}=Ar(i,u,s);if(h){let T=s.dataIdMap.get(f.dataId).id;T!==l&&(m=f,p=T)}let g=m.shape.slice(0,-1),x=s.makeOutput(g,"int32"),y=s.dataIdMap.get(x.dataId).id,w=b.sizeFromShape(x.shape),C=m.shape[d[0]];return e(p,ve[m.dtype],w,C,y),h&&s.disposeData(f.dataId),x}return{kernelName:r,backendName:"wasm",setupFunc:t,kernelFunc:o}}var mS=I(()=>{v();Bi();ct();});var uW,lW=I(()=>{v();mS();uW=Wx(Ca)});var pW,mW=I(()=>{v();mS();pW=Wx(Sa)});var fW,dW=I(()=>{v();nt();fW=he(hn)});var hW,gW=I(()=>{v();nt();hW=he(gn)});var xW,bW=I(()=>{v();nt();xW=he(xn)});var yW,wW=I(()=>{v();Ht();yW=je(yn,!1)});var vW,IW=I(()=>{v();nt();vW=he(bn)});function Gse(r){CW=r.wasm.cwrap(wn,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Use(r){let{inputs:e,attrs:t,backend:o}=r,n=e.x,s=o.dataIdMap.get(n.dataId).id,{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=t,l=S.computePool2DInfo(n.shape,a,c,1,u,i),p=l.filterHeight,m=l.filterWidth,f=l.padInfo.top,d=l.padInfo.right,h=l.padInfo.bottom,g=l.padInfo.left,x=l.strideHeight,y=l.strideWidth,w=l.inChannels;if(l.dataFormat!=="channelsLast")throw new Error(`wasm backend does not support dataFormat:'${l.dataFormat}'. Please use 'channelsLast'.`);if(l.dilationWidth!==1||l.dilationHeight!==1)throw new Error(`was backend only supports average pooling with dilation = [1, 1], got [${l.dilationHeight}, ${l.dilationWidth}].`);let C=o.makeOutput(l.outShape,"float32"),T=o.dataIdMap.get(C.dataId).id;return CW(s,n.shape[0],n.shape[1],n.shape[2],p,m,f,d,h,g,x,y,w,T),C}var CW,SW,kW=I(()=>{v();SW={kernelName:wn,backendName:"wasm",setupFunc:Gse,kernelFunc:Use}});function zse(r){_W=r.wasm.cwrap("AvgPool3D",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Hse(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{filterSize:s,strides:a,pad:c,dimRoundingMode:u,dataFormat:i}=o,l=S.computePool3DInfo(n.shape,s,a,1,c,u,i),p=t.makeOutput(l.outShape,n.dtype);return _W(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(p.dataId).id,l.batchSize,l.inChannels,l.inDepth,l.inHeight,l.inWidth,l.outDepth,l.outHeight,l.outWidth,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.effectiveFilterDepth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),p}var _W,TW,NW=I(()=>{v();TW={kernelName:ka,backendName:"wasm",setupFunc:zse,kernelFunc:Hse}});function qse(r){EW=r.wasm.cwrap("AvgPool3DGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Kse(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,input:s}=e,{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=o,l=S.computePool3DInfo(s.shape,a,c,1,u,i),p=t.makeOutput(s.shape,s.dtype);return EW(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(p.dataId).id,l.batchSize,l.inChannels,l.inDepth,l.inHeight,l.inWidth,l.outDepth,l.outHeight,l.outWidth,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.effectiveFilterDepth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left,l.filterDepth,l.filterHeight,l.filterWidth),p}var EW,$W,AW=I(()=>{v();$W={kernelName:Gc,backendName:"wasm",setupFunc:qse,kernelFunc:Kse}});function jse(r){RW=r.wasm.cwrap("AvgPoolGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Xse(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,input:s}=e,{filterSize:a,strides:c,pad:u}=o,i=S.computePool2DInfo(s.shape,a,c,1,u),l=t.makeOutput(s.shape,s.dtype);return RW(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(l.dataId).id,i.batchSize,i.inChannels,i.inHeight,i.inWidth,i.outHeight,i.outWidth,i.strideHeight,i.strideWidth,i.dilationHeight,i.dilationWidth,i.effectiveFilterHeight,i.effectiveFilterWidth,i.padInfo.top,i.padInfo.left,i.filterHeight,i.filterWidth),l}var RW,DW,FW=I(()=>{v();DW={kernelName:Vc,backendName:"wasm",setupFunc:jse,kernelFunc:Xse}});function Vt(r){let{inputs:e,attrs:t}=r,{x:o}=e,{shape:n}=t,s=b.sizeFromShape(o.shape),a=b.inferFromImplicitShape(n,s);return b.assert(s===b.sizeFromShape(a),()=>`new shape: ${a}, old shape: ${o.shape}. New shape and old shape must have the same number of elements.`),r.backend.incRef(o.dataId),{dataId:o.dataId,shape:a,dtype:o.dtype}}var MW,ma=I(()=>{v();MW={kernelName:Xa,backendName:"wasm",kernelFunc:Vt}});function Yse(r){PW=r.wasm.cwrap(vn,null,["number","array","number","number","array","number","number","number","number"])}function Jse(r){let{inputs:e,backend:t,attrs:o}=r,{a:n,b:s}=e,{transposeA:a,transposeB:c}=o;if(n.dtype!=="float32"||s.dtype!=="float32")throw new Error("BatchMatMul for non non-float32 tensors not yet supported.");let u=n.shape.length,i=s.shape.length,l=a?n.shape[u-2]:n.shape[u-1],p=c?s.shape[i-1]:s.shape[i-2],m=a?n.shape[u-1]:n.shape[u-2],f=c?s.shape[i-2]:s.shape[i-1],d=n.shape.slice(0,-2),h=s.shape.slice(0,-2),g=b.sizeFromShape(d),x=b.sizeFromShape(h),w=Or.assertAndGetBroadcastShape(n.shape.slice(0,-2),s.shape.slice(0,-2)).concat([m,f]);b.assert(l===p,()=>`Error in matMul: inner shapes (${l}) and (${p}) of Tensors with shapes ${n.shape} and ${s.shape} and transposeA=${a} and transposeB=${c} must match.`);let C=a?[g,l,m]:[g,m,l],T=c?[x,f,p]:[x,p,f],$=Vt({inputs:{x:n},backend:t,attrs:{shape:C}}),A=Vt({inputs:{x:s},backend:t,attrs:{shape:T}}),R=t.dataIdMap.get($.dataId).id,F=t.dataIdMap.get(A.dataId).id,M=a?$.shape[2]:$.shape[1],L=c?A.shape[1]:A.shape[2],W=Math.max(g,x),G=t.makeOutput([W,M,L],$.dtype),q=t.dataIdMap.get(G.dataId).id,H=new Uint8Array(new Int32Array($.shape).buffer),j=new Uint8Array(new Int32Array(A.shape).buffer);return PW(R,H,$.shape.length,F,j,A.shape.length,a,c,q),t.disposeData($.dataId),t.disposeData(A.dataId),G.shape=w,G}var PW,OW,BW=I(()=>{v();ma();OW={kernelName:vn,backendName:"wasm",setupFunc:Yse,kernelFunc:Jse}});var Dc=I(()=>{Ri();Ri();Ri();Ri();Ri();Ri();Ri();});function Fo(r){let{inputs:{x:e},attrs:{begin:t,size:o},backend:n}=r,[s,a]=bt.parseSliceParams(e,t,o),c=bt.isSliceContinous(e.shape,s,a),u=n.readSync(e.dataId),i=n.makeOutput(a,e.dtype),l=b.computeStrides(e.shape),p=n.dataIdMap.get(i.dataId);if(c){let d=bt.computeFlatOffset(s,l);return e.dtype==="string"?p.stringBytes=u.slice(d,d+b.sizeFromShape(a)):n.typedArrayFromHeap(i).set(u.subarray(d,d+b.sizeFromShape(a))),i}if(e.dtype==="string"){let d=Gu(u,s,a,e.shape,e.dtype);return p.stringBytes=d,i}let m=n.typedArrayFromHeap(i),f=e.shape.length;if(f===2)Zse(u,l[0],m,s,a);else if(f===3)Qse(u,l[0],l[1],m,s,a);else if(f===4)eae(u,l[0],l[1],l[2],m,s,a);else{let d=Gu(u,s,a,e.shape,e.dtype);m.set(d)}return i}function Zse(r,e,t,o,n){let s=0,a=o[0],c=o[1],u=a+n[0];for(let i=a;i<u;i++){let l=i*e+c;t.set(r.subarray(l,l+n[1]),s),s+=n[1]}}function Qse(r,e,t,o,n,s){let a=0,c=n[0],u=n[1],i=n[2],l=c+s[0],p=u+s[1];for(let m=c;m<l;m++)for(let f=u;f<p;f++){let d=m*e+f*t+i;o.set(r.subarray(d,d+s[2]),a),a+=s[2]}}function eae(r,e,t,o,n,s,a){let c=0,u=s[0],i=s[1],l=s[2],p=u+a[0],m=i+a[1],f=l+a[2],d=s[3];for(let h=u;h<p;h++)for(let g=i;g<m;g++)for(let x=l;x<f;x++){let y=h*e+g*t+x*o+d;n.set(r.subarray(y,y+a[3]),c),c+=a[3]}}var LW,il=I(()=>{v();Dc();LW={kernelName:Ja,backendName:"wasm",kernelFunc:Fo}});function tae(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{blockShape:s,crops:a}=o,c=s.reduce((x,y)=>x*y),u=S.getReshaped(n.shape,s,c),i=S.getPermuted(u.length,s.length),l=S.getReshapedPermuted(n.shape,s,c),p=S.getSliceBeginCoords(a,s.length),m=S.getSliceSize(l,a,s.length),f=Vt({inputs:{x:n},backend:t,attrs:{shape:u}}),d=ho({inputs:{x:f},backend:t,attrs:{perm:i}}),h=Vt({inputs:{x:d},backend:t,attrs:{shape:l}}),g=Fo({inputs:{x:h},backend:t,attrs:{begin:p,size:m}});return t.disposeData(f.dataId),t.disposeData(d.dataId),t.disposeData(h.dataId),g}var WW,VW=I(()=>{v();ma();il();al();WW={kernelName:_a,backendName:"wasm",kernelFunc:tae}});function rae(r){GW=r.wasm.cwrap(In,null,["number","number","boolean","number","number","number"])}function oae(r){let{backend:e,inputs:t,attrs:o}=r,{x:n,weights:s}=t,{size:a}=o,c=s.shape.reduce((p,m)=>p*m,1)!==0,u=n.shape.length===1?[a]:[n.shape[0],a],i=e.makeOutput(u,s.dtype);function l(p){return e.dataIdMap.get(p.dataId).id}return GW(l(n),a,c,l(s),ve[s.dtype],l(i)),i}var GW,UW,zW=I(()=>{v();ct();UW={kernelName:In,backendName:"wasm",setupFunc:rae,kernelFunc:oae}});var nae,HW,qW=I(()=>{v();Ht();nae=!0,HW=je(Cn,nae)});function sae(r){let{inputs:e,backend:t}=r,{s0:o,s1:n}=e,s=t.typedArrayFromHeap(o),a=t.typedArrayFromHeap(n),c=S.assertAndGetBroadcastShape(Array.from(s),Array.from(a));return t.makeOutput([c.length],"int32",void 0,new Int32Array(c))}var KW,jW=I(()=>{v();KW={kernelName:Ta,backendName:"wasm",kernelFunc:sae}});function zr(r){let{inputs:{x:e},attrs:{dtype:t},backend:o}=r,n=o.makeOutput(e.shape,t),s=o.typedArrayFromHeap(e);return o.typedArrayFromHeap(n).set(s),n}var XW,Li=I(()=>{v();XW={kernelName:Lo,backendName:"wasm",kernelFunc:zr}});var YW,JW=I(()=>{v();nt();YW=he(Sn)});function aae(r){ZW=r.wasm.cwrap(Wo,null,["number","number","number","number"])}function iae(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{clipValueMin:s,clipValueMax:a}=o,c=t.dataIdMap.get(n.dataId).id,u=t.makeOutput(n.shape,n.dtype),i=t.dataIdMap.get(u.dataId).id;return ZW(c,s,a,i),u}var ZW,QW,eV=I(()=>{v();QW={kernelName:Wo,backendName:"wasm",setupFunc:aae,kernelFunc:iae}});function fS(r){let{inputs:e,backend:t}=r,o=b.parseAxisParam(r.attrs.axis,e[0].shape)[0],n=e.map(f=>f.shape);S.assertParamsConsistent(n,o);let s=S.computeOutShape(e.map(f=>f.shape),o),a=e.filter(f=>b.sizeFromShape(f.shape)>0);if(a.length===1)return sl({inputs:{x:a[0]},backend:t});let c=t.makeOutput(s,e[0].dtype);if(b.sizeFromShape(s)===0)return c;if(a[0].dtype==="string"){let f=a.map(w=>{let T=[-1,b.sizeFromShape(w.shape.slice(o))];return Vt({inputs:{x:w},backend:t,attrs:{shape:T}})}),d=f.map(w=>({vals:t.readSync(w.dataId),shape:w.shape}));s=S.computeOutShape(f.map(w=>w.shape),1);let h=f[0].shape[0]===1,g=Bu(d,s,e[0].dtype,h),x=S.computeOutShape(a.map(w=>w.shape),o);c.shape=x;let y=t.dataIdMap.get(c.dataId);return y.stringBytes=S.fromStringArrayToUint8(g),f.forEach(w=>t.disposeData(w.dataId)),c}let u=b.sizeFromShape(a[0].shape.slice(0,o)),i=0,l=a.map(f=>{let d=b.sizeFromShape(f.shape.slice(o));return i+=d,d}),p=a.map(f=>t.typedArrayFromHeap(f)),m=t.typedArrayFromHeap(c);for(let f=0;f<u;f++){let d=f*i;for(let h=0;h<p.length;h++){let g=l[h],x=f*g,y=p[h].subarray(x,x+g);m.set(y,d),d+=g}}return c}var tV,dS=I(()=>{v();Dc();Zm();ma();tV={kernelName:Na,backendName:"wasm",kernelFunc:fS}});function cae(r){rV=r.wasm.cwrap(kn,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function uae(r){let{inputs:e,attrs:t,backend:o}=r,{x:n,filter:s}=e,a=o.dataIdMap.get(n.dataId).id,c=o.dataIdMap.get(s.dataId).id,{strides:u,dilations:i,pad:l,dimRoundingMode:p,dataFormat:m}=t,f=S.convertConv2DDataFormat(m),d=S.computeConv2DInfo(n.shape,s.shape,u,i,l,p,!1,f),h=d.filterHeight,g=d.filterWidth,x=d.padInfo.top,y=d.padInfo.right,w=d.padInfo.bottom,C=d.padInfo.left,T=d.dilationHeight,$=d.dilationWidth,A=d.strideHeight,R=d.strideWidth,F=d.inChannels,M=d.outChannels,L=d.padInfo.type==="SAME"?1:0;if(d.dataFormat!=="channelsLast")throw new Error(`wasm backend Conv2D does not support dataFormat:'${d.dataFormat}'. Please use 'channelsLast'.`);let W=o.makeOutput(d.outShape,"float32"),G=o.dataIdMap.get(W.dataId).id;return rV(a,n.shape[0],n.shape[1],n.shape[2],c,h,g,x,y,w,C,L,T,$,A,R,F,M,G),W}var rV,oV,nV=I(()=>{v();oV={kernelName:kn,backendName:"wasm",setupFunc:cae,kernelFunc:uae}});function lae(r){sV=r.wasm.cwrap(_n,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function pae(r){let{backend:e,inputs:t,attrs:o}=r,{dy:n,filter:s}=t,{strides:a,pad:c,dataFormat:u,dimRoundingMode:i,inputShape:l}=o,p=1,m=S.convertConv2DDataFormat(u),f=S.computeConv2DInfo(l,s.shape,a,p,c,i,!1,m),{batchSize:d,filterHeight:h,filterWidth:g,inChannels:x,inHeight:y,inWidth:w,outChannels:C,outHeight:T,outWidth:$,strideHeight:A,strideWidth:R}=f,F=h-1-f.padInfo.top,M=g-1-f.padInfo.left,L=f.dataFormat==="channelsLast",W=b.computeStrides(f.inShape),G=b.computeStrides(n.shape),[q,H,j]=b.computeStrides(s.shape),X=W[0],J=L?W[1]:W[2],ee=L?W[2]:1,ae=L?1:W[1],oe=G[0],ie=L?G[1]:G[2],re=L?G[2]:1,ne=L?1:G[1],ue=e.makeOutput(f.inShape,"float32"),pe=e.dataIdMap.get(ue.dataId).id,ge=e.dataIdMap.get(n.dataId).id,ke=e.dataIdMap.get(s.dataId).id;return sV(ge,ke,d,h,g,y,w,x,T,$,C,A,R,F,M,q,H,j,X,J,ee,ae,oe,ie,re,ne,pe),ue}var sV,aV,iV=I(()=>{v();aV={kernelName:_n,backendName:"wasm",setupFunc:lae,kernelFunc:pae}});function mae(r){cV=r.wasm.cwrap(Tn,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function fae(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s}=e,{strides:a,pad:c,dilations:u}=o;if(n.dtype!=="float32")throw new Error(`Tensor x must have dtype float32, got ${n.dtype}`);if(s.dtype!=="float32")throw new Error(`Tensor filter must have dtype float32, got ${s.dtype}`);let i=S.computeConv3DInfo(n.shape,s.shape,a,u,c),l=t.makeOutput(i.outShape,n.dtype);return cV(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(l.dataId).id,i.batchSize,i.inDepth,i.inHeight,i.inWidth,i.inChannels,i.outDepth,i.outHeight,i.outWidth,i.outChannels,i.strideDepth,i.strideHeight,i.strideWidth,i.dilationDepth,i.dilationHeight,i.dilationWidth,i.filterDepth,i.filterHeight,i.filterWidth,i.padInfo.front,i.padInfo.top,i.padInfo.left),l}var cV,uV,lV=I(()=>{v();uV={kernelName:Tn,backendName:"wasm",setupFunc:mae,kernelFunc:fae}});function dae(r){pV=r.wasm.cwrap(qi,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function hae(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,dy:s}=e,{strides:a,pad:c,filterShape:u}=o;if(n.dtype!=="float32")throw new Error(`Tensor dy must have dtype float32, got ${n.dtype}`);if(s.dtype!=="float32")throw new Error(`Tensor filter must have dtype float32, got ${s.dtype}`);let i=S.computeConv3DInfo(n.shape,u,a,1,c),l=t.makeOutput(i.filterShape,s.dtype);return pV(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(l.dataId).id,i.batchSize,i.inDepth,i.inHeight,i.inWidth,i.inChannels,i.outDepth,i.outHeight,i.outWidth,i.outChannels,i.strideDepth,i.strideHeight,i.strideWidth,i.dilationDepth,i.dilationHeight,i.dilationWidth,i.filterDepth,i.filterHeight,i.filterWidth,i.padInfo.front,i.padInfo.top,i.padInfo.left),l}var pV,mV,fV=I(()=>{v();mV={kernelName:qi,backendName:"wasm",setupFunc:dae,kernelFunc:hae}});function gae(r){dV=r.wasm.cwrap(Nn,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function xae(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,filter:s}=e,{pad:a,strides:c,inputShape:u}=o;if(n.dtype!=="float32")throw new Error(`Tensor dy must have dtype float32, got ${n.dtype}`);if(s.dtype!=="float32")throw new Error(`Tensor filter must have dtype float32, got ${s.dtype}`);let i=S.computeConv3DInfo(u,s.shape,c,1,a),l=t.makeOutput(i.inShape,n.dtype);return dV(t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(l.dataId).id,i.batchSize,i.inDepth,i.inHeight,i.inWidth,i.inChannels,i.outDepth,i.outHeight,i.outWidth,i.outChannels,i.strideDepth,i.strideHeight,i.strideWidth,i.dilationDepth,i.dilationHeight,i.dilationWidth,i.filterDepth,i.filterHeight,i.filterWidth,i.padInfo.front,i.padInfo.top,i.padInfo.left),l}var dV,hV,gV=I(()=>{v();hV={kernelName:Nn,backendName:"wasm",setupFunc:gae,kernelFunc:xae}});var xV,bV=I(()=>{v();nt();xV=he("Cos")});var yV,wV=I(()=>{v();nt();yV=he(En)});function bae(r){vV=r.wasm.cwrap(Rn,null,["number","number","number","number","array","number","number","number","number","number"])}function yae(r){let{backend:e,inputs:t,attrs:o}=r,{method:n,extrapolationValue:s,cropSize:a}=o,{image:c,boxes:u,boxInd:i}=t,l=u.shape[0],[p,m]=a,f=[l,p,m,c.shape[3]],d=e.dataIdMap.get(c.dataId),h;c.dtype!=="float32"&&(h=zr({backend:e,inputs:{x:c},attrs:{dtype:"float32"}}),d=e.dataIdMap.get(h.dataId));let g=d.id,x=e.dataIdMap.get(u.dataId).id,y=e.dataIdMap.get(i.dataId).id,w=e.makeOutput(f,"float32"),C=e.dataIdMap.get(w.dataId).id,T=new Uint8Array(new Int32Array(c.shape).buffer);return vV(g,x,y,l,T,p,m,hS[n],s,C),h!=null&&e.disposeData(h.dataId),w}var hS,vV,IV,CV=I(()=>{v();Li();(function(r){r[r.bilinear=0]="bilinear",r[r.nearest=1]="nearest"})(hS||(hS={}));IV={kernelName:Rn,backendName:"wasm",setupFunc:bae,kernelFunc:yae}});function wae(r){SV=r.wasm.cwrap($n,null,["number","number","number","number","number","number"])}function vae(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,exclusive:a,reverse:c}=o,u=n.shape.length;b.assert(n.dtype==="float32"||n.dtype==="int32",()=>`cumprod does not support ${n.dtype} tensors in the WASM backend`);let i=S.getAxesPermutation([s],u),l=n;i!==null&&(l=ho({inputs:{x:n},attrs:{perm:i},backend:t}));let p=S.getInnerMostAxes(1,u)[0];S.assertAxesAreInnerMostDims("cumprod",[p],u);let m=t.makeOutput(l.shape,l.dtype),f=l.shape[p],d=t.dataIdMap.get(l.dataId).id,h=t.dataIdMap.get(m.dataId).id;SV(d,a?1:0,c?1:0,f,h,ve[n.dtype]);let g=m;if(i!==null){let x=S.getUndoAxesPermutation(i);g=ho({inputs:{x:m},attrs:{perm:x},backend:t}),t.disposeData(l.dataId),t.disposeData(m.dataId)}return g}var SV,kV,_V=I(()=>{v();ct();al();kV={kernelName:$n,backendName:"wasm",setupFunc:wae,kernelFunc:vae}});function Iae(r){TV=r.wasm.cwrap(An,null,["number","number","number","number","number","number"])}function Cae(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,exclusive:a,reverse:c}=o,u=n.shape.length;b.assert(n.dtype==="float32"||n.dtype==="int32",()=>`cumsum does not support ${n.dtype} tensors in the WASM backend`);let i=S.getAxesPermutation([s],u),l=n;i!==null&&(l=ho({inputs:{x:n},attrs:{perm:i},backend:t}));let p=S.getInnerMostAxes(1,u)[0];S.assertAxesAreInnerMostDims("cumsum",[p],u);let m=t.makeOutput(l.shape,l.dtype),f=l.shape[p],d=t.dataIdMap.get(l.dataId).id,h=t.dataIdMap.get(m.dataId).id;TV(d,a?1:0,c?1:0,f,h,ve[n.dtype]);let g=m;if(i!==null){let x=S.getUndoAxesPermutation(i);g=ho({inputs:{x:m},attrs:{perm:x},backend:t}),t.disposeData(l.dataId),t.disposeData(m.dataId)}return g}var TV,NV,EV=I(()=>{v();ct();al();NV={kernelName:An,backendName:"wasm",setupFunc:Iae,kernelFunc:Cae}});function Sae(r){$V=r.wasm.cwrap("DenseBincount",null,["number","array","number","number","boolean","number","number","boolean","number"])}function kae(r){let{backend:e,inputs:t,attrs:o}=r,{x:n,weights:s}=t,{size:a,binaryOutput:c}=o,u=s.shape.reduce((m,f)=>m*f,1)!==0,i=n.shape.length===1?[a]:[n.shape[0],a],l=e.makeOutput(i,s.dtype);function p(m){return e.dataIdMap.get(m.dataId).id}return $V(p(n),new Uint8Array(new Int32Array(n.shape).buffer),n.shape.length,a,u,p(s),ve[s.dtype],c,p(l)),l}var $V,AV,RV=I(()=>{v();ct();AV={kernelName:$a,backendName:"wasm",setupFunc:Sae,kernelFunc:kae}});function _ae(r){DV=r.wasm.cwrap(Dn,null,["number","number","number","array","number","array","array","number","number"])}function Tae(r){let{backend:e,inputs:t,attrs:o}=r,{x:n}=t,{blockSize:s,dataFormat:a}=o,c=n.shape[0],u=a==="NHWC"?n.shape[1]:n.shape[2],i=a==="NHWC"?n.shape[2]:n.shape[3],l=a==="NHWC"?n.shape[3]:n.shape[1],p=u*s,m=i*s,f=l/(s*s),d=a==="NHWC"?[c,p,m,f]:[c,f,p,m],h=e.makeOutput(d,"float32"),x=e.dataIdMap.get(n.dataId).id,y=new Uint8Array(new Int32Array(b.computeStrides(n.shape)).buffer),w=new Uint8Array(new Int32Array(d).buffer),C=new Uint8Array(new Int32Array(b.computeStrides(d)).buffer),T=e.dataIdMap.get(h.dataId).id;return DV(x,s,a==="NHWC"?1:0,y,n.shape.length-1,w,C,d.length,T),h}var DV,FV,MV=I(()=>{v();FV={kernelName:Dn,backendName:"wasm",setupFunc:_ae,kernelFunc:Tae}});function Nae(r){PV=r.wasm.cwrap(Fn,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Eae(r){let{inputs:e,attrs:t,backend:o}=r,{x:n,filter:s}=e,a=o.dataIdMap.get(n.dataId).id,c=o.dataIdMap.get(s.dataId).id,{strides:u,dilations:i,pad:l,dimRoundingMode:p}=t,m=i??[1,1],f=S.computeConv2DInfo(n.shape,s.shape,u,m,l,p,!0),d=f.filterHeight,h=f.filterWidth,g=f.padInfo.top,x=f.padInfo.right,y=f.padInfo.bottom,w=f.padInfo.left,C=f.dilationHeight,T=f.dilationWidth,$=f.strideHeight,A=f.strideWidth,R=f.inChannels,F=f.outChannels,M=f.padInfo.type==="SAME"?1:0;if(f.dataFormat!=="channelsLast")throw new Error(`wasm backend DepthwiseConv2dNative does not support dataFormat:'${f.dataFormat}'. Please use 'channelsLast'.`);let L=o.makeOutput(f.outShape,"float32"),W=o.dataIdMap.get(L.dataId).id;return PV(a,n.shape[0],n.shape[1],n.shape[2],c,d,h,g,x,y,w,M,C,T,$,A,R,F,W),L}var PV,OV,BV=I(()=>{v();OV={kernelName:Fn,backendName:"wasm",setupFunc:Nae,kernelFunc:Eae}});function $ae(r){LV=r.wasm.cwrap("Diag",null,["number","number","number","number"])}function Aae(r){let{inputs:e,backend:t}=r,{x:o}=e,n=b.sizeFromShape(o.shape),s=t.makeOutput([...o.shape,...o.shape],o.dtype);return LV(t.dataIdMap.get(o.dataId).id,ve[o.dtype],n,t.dataIdMap.get(s.dataId).id),s}var LV,WV,VV=I(()=>{v();ct();WV={kernelName:Aa,backendName:"wasm",setupFunc:$ae,kernelFunc:Aae}});function Rae(r){GV=r.wasm.cwrap(Mn,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Dae(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s}=e,{strides:a,pad:c,dilations:u}=o;if(n.dtype!==s.dtype)throw new Error(`Dilation2D error: x must have the same dtype as filter. Got ${n.dtype} and ${s.dtype}`);let i=S.computeDilation2DInfo(n.shape,s.shape,a,c,"NHWC",u),l=t.makeOutput(i.outShape,n.dtype);return GV(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(l.dataId).id,ve[n.dtype],i.batchSize,i.inChannels,i.inHeight,i.inWidth,i.outHeight,i.outWidth,i.strideHeight,i.strideWidth,i.dilationHeight,i.dilationWidth,i.filterHeight,i.filterWidth,i.padInfo.top,i.padInfo.left),l}var GV,UV,zV=I(()=>{v();ct();UV={kernelName:Mn,backendName:"wasm",setupFunc:Rae,kernelFunc:Dae}});function Fae(r){HV=r.wasm.cwrap(Xc,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Mae(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s,dy:a}=e,{strides:c,pad:u,dilations:i}=o;if(n.dtype!==s.dtype||n.dtype!==a.dtype)throw new Error(`Dilation2DBackpropFilter error: x must have the same dtype as filter and dy. Got ${n.dtype}, ${s.dtype}, and ${a.dtype}`);let l=S.computeDilation2DInfo(n.shape,s.shape,c,u,"NHWC",i),p=t.makeOutput(s.shape,s.dtype);return HV(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(a.dataId).id,t.dataIdMap.get(p.dataId).id,ve[n.dtype],l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.filterHeight,l.filterWidth,l.padInfo.top,l.padInfo.left),p}var HV,qV,KV=I(()=>{v();ct();qV={kernelName:Xc,backendName:"wasm",setupFunc:Fae,kernelFunc:Mae}});function Pae(r){jV=r.wasm.cwrap(jc,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Oae(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s,dy:a}=e,{strides:c,pad:u,dilations:i}=o;if(n.dtype!==s.dtype||n.dtype!==a.dtype)throw new Error(`Dilation2DBackpropInput error: x must have the same dtype as filter and dy. Got ${n.dtype}, ${s.dtype}, and ${a.dtype}`);let l=S.computeDilation2DInfo(n.shape,s.shape,c,u,"NHWC",i),p=t.makeOutput(n.shape,n.dtype);return jV(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(a.dataId).id,t.dataIdMap.get(p.dataId).id,ve[n.dtype],l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.filterHeight,l.filterWidth,l.padInfo.top,l.padInfo.left),p}var jV,XV,YV=I(()=>{v();ct();XV={kernelName:jc,backendName:"wasm",setupFunc:Pae,kernelFunc:Oae}});var JV,ZV=I(()=>{v();nt();JV=he("Elu")});function Bae(r){QV=r.wasm.cwrap(Ki,null,["number","number","number"])}function Lae(r){let{inputs:e,backend:t}=r,{dy:o,y:n}=e,s=t.makeOutput(n.shape,"float32"),a=c=>t.dataIdMap.get(c.dataId).id;return QV(a(n),a(o),a(s)),s}var QV,eG,tG=I(()=>{v();eG={kernelName:Ki,backendName:"wasm",setupFunc:Bae,kernelFunc:Lae}});var Wae,rG,oG=I(()=>{v();Ht();Wae=!1,rG=je(On,Wae,"bool")});var nG,sG=I(()=>{v();nt();nG=he("Erf")});var aG,iG=I(()=>{v();nt();aG=he("Exp","float32")});function Vx(r){let{inputs:e,attrs:t,backend:o}=r,{input:n}=e,{dim:s}=t,a=n.shape.length,c=n.shape.slice(),u=s;return s<0&&(b.assert(-(a+1)<=s,()=>`Axis must be in the interval [${-(a+1)}, ${a}]`),u=a+s+1),c.splice(u,0,1),Vt({inputs:{x:n},backend:o,attrs:{shape:c}})}var cG,gS=I(()=>{v();ma();cG={kernelName:Ma,backendName:"wasm",kernelFunc:Vx}});var uG,lG=I(()=>{v();nt();uG=he(Bn,"float32")});function xS(r){let{attrs:{shape:e,value:t},backend:o}=r,{attrs:{dtype:n}}=r;n=n||b.inferDtype(t);let s=o.makeOutput(e,n);return o.typedArrayFromHeap(s).fill(t),s}var pG,bS=I(()=>{v();v();pG={kernelName:Pa,backendName:"wasm",kernelFunc:xS}});function Vae(r){mG=r.wasm.cwrap(Ln,null,["number","number","number","number","number","number"])}function Gae(r){let{inputs:e,backend:t}=r,{image:o}=e,n=t.makeOutput(o.shape,o.dtype),s=t.dataIdMap.get(o.dataId).id,a=t.dataIdMap.get(n.dataId).id,[c,u,i,l]=o.shape;return mG(s,c,u,i,l,a),n}var mG,fG,dG=I(()=>{v();fG={kernelName:Ln,backendName:"wasm",kernelFunc:Gae,setupFunc:Vae}});var hG,gG=I(()=>{v();nt();hG=he(Wn)});var Uae,xG,bG=I(()=>{v();Ht();Uae=!1,xG=je(Vn,Uae)});function zae(r){yG=r.wasm.cwrap(Gn,null,["number","number","number","number","number","number","number"])}function Hae(r){let{backend:e,inputs:t,attrs:o}=r,{varianceEpsilon:n}=o,{x:s,mean:a,variance:c,offset:u,scale:i}=t,l=e.dataIdMap.get(s.dataId).id,p=e.dataIdMap.get(a.dataId).id,m=e.dataIdMap.get(c.dataId).id,f=u!=null?e.dataIdMap.get(u.dataId).id:0,d=i!=null?e.dataIdMap.get(i.dataId).id:0,h=e.makeOutput(s.shape,s.dtype);if(b.sizeFromShape(s.shape)===0)return h;let g=e.dataIdMap.get(h.dataId).id;return yG(l,p,m,f,d,n,g),h}var yG,wG,vG=I(()=>{v();wG={kernelName:Gn,backendName:"wasm",setupFunc:zae,kernelFunc:Hae}});function qae(r){IG=r.wasm.cwrap(zo,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Kae(r){let{inputs:e,attrs:t,backend:o}=r,{x:n,filter:s,bias:a,preluActivationWeights:c}=e,{strides:u,pad:i,dilations:l,dataFormat:p,dimRoundingMode:m,activation:f,leakyreluAlpha:d}=t,h=S.computeConv2DInfo(n.shape,s.shape,u,l,i,m),g=Rc[f];if(g==null)throw new Error(`${f} activation not yet supported for FusedConv2D in the wasm backend.`);let x=o.dataIdMap.get(n.dataId).id,y=o.dataIdMap.get(s.dataId).id,w=h.outChannels,C=0;if(a!=null){let re=o.dataIdMap.get(a.dataId);if(re.shape.length!==1)throw new Error(`FusedConv2D only supports rank-1 bias but got rank ${re.shape.length}.`);if(re.shape[0]!==w)throw new Error(`FusedConv2D bias shape (${re.shape}) does not match the number of output channels (${w})`);C=re.id}let T=h.filterHeight,$=h.filterWidth,A=h.padInfo.top,R=h.padInfo.right,F=h.padInfo.bottom,M=h.padInfo.left,L=h.dilationHeight,W=h.dilationWidth,G=h.strideHeight,q=h.strideWidth,H=h.inChannels,j=h.padInfo.type==="SAME"?1:0,X=h.batchSize,J=h.inHeight,ee=h.inWidth;if(p!=="NHWC")throw new Error(`wasm backend FusedConv2D does not support dataFormat:'${p}'. Please use 'NHWC'.`);let ae=o.makeOutput(h.outShape,"float32"),oe=o.dataIdMap.get(ae.dataId).id,ie=c==null?0:o.dataIdMap.get(c.dataId).id;return IG(x,X,J,ee,y,T,$,C,A,R,F,M,j,L,W,G,q,H,w,g,ie,d||0,oe),ae}var IG,CG,SG=I(()=>{v();ct();CG={kernelName:zo,backendName:"wasm",setupFunc:qae,kernelFunc:Kae}});function jae(r){kG=r.wasm.cwrap(Ho,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Xae(r){let{inputs:e,attrs:t,backend:o}=r,{x:n,filter:s,bias:a,preluActivationWeights:c}=e,{strides:u,pad:i,dilations:l,dataFormat:p,dimRoundingMode:m,activation:f,leakyreluAlpha:d}=t,h=S.computeConv2DInfo(n.shape,s.shape,u,l,i,m,!0),g=Rc[f];if(g==null)throw new Error(`${f} activation not yet supported for FusedDepthwiseConv2D in the wasm backend.`);let x=o.dataIdMap.get(n.dataId).id,y=o.dataIdMap.get(s.dataId).id,w=h.outChannels,C=0;if(a!=null){let re=o.dataIdMap.get(a.dataId);if(re.shape.length!==1)throw new Error(`FusedDepthwiseConv2D only supports rank-1 bias but got rank ${re.shape.length}.`);if(re.shape[0]!==w)throw new Error(`FusedDepthwiseConv2D bias shape (${re.shape}) does not match the number of output channels (${w})`);C=re.id}let T=h.filterHeight,$=h.filterWidth,A=h.padInfo.top,R=h.padInfo.right,F=h.padInfo.bottom,M=h.padInfo.left,L=h.dilationHeight,W=h.dilationWidth,G=h.strideHeight,q=h.strideWidth,H=h.inChannels,j=h.padInfo.type==="SAME"?1:0,X=h.batchSize,J=h.inHeight,ee=h.inWidth;if(p!=="NHWC")throw new Error(`wasm backend FusedDepthwiseConv2D does not support dataFormat:'${p}'. Please use 'NHWC'.`);let ae=o.makeOutput(h.outShape,"float32"),oe=o.dataIdMap.get(ae.dataId).id,ie=c==null?0:o.dataIdMap.get(c.dataId).id;return kG(x,X,J,ee,y,T,$,C,A,R,F,M,j,L,W,G,q,H,w,g,ie,d||0,oe),ae}var kG,_G,TG=I(()=>{v();ct();_G={kernelName:Ho,backendName:"wasm",setupFunc:jae,kernelFunc:Xae}});function Yae(r){NG=r.wasm.cwrap(Un,null,["number","number","number","number","number","number","array","number"])}function Jae(r){let{backend:e,inputs:t}=r,{params:o,indices:n}=t,[s,a,c,u]=Cm.prepareAndValidate(o,n),i=e.makeOutput(s,o.dtype);if(a===0)return i;let l=n.shape,p=l[l.length-1],f=e.dataIdMap.get(o.dataId).id,h=e.dataIdMap.get(n.dataId).id,g=new Uint8Array(new Int32Array(u).buffer),x=e.dataIdMap.get(i.dataId).id;return NG(f,ve[o.dtype],h,a,p,c,g,x),i}var NG,EG,$G=I(()=>{v();ct();EG={kernelName:Un,backendName:"wasm",setupFunc:Yae,kernelFunc:Jae}});function Zae(r){AG=r.wasm.cwrap("Gather",null,["number","number","array","number","number","number","array","number"])}function Qae(r){let{backend:e,inputs:t,attrs:o}=r,{x:n,indices:s}=t,{axis:a,batchDims:c}=o,u=b.parseAxisParam(a,n.shape)[0],i=e.readSync(s.dataId),l=n.shape[u];for(let F=0;F<i.length;++F){let M=i[F];b.assert(M<=l-1&&M>=0,()=>`GatherV2: the index value ${M} is not in [0, ${l-1}]`)}let p=S.segment_util.collectGatherOpShapeInfo(n,s,u,c),m=Vt({inputs:{x:n},attrs:{shape:[p.batchSize,p.outerSize,p.dimSize,p.sliceSize]},backend:e}),f=b.sizeFromShape(s.shape),d=Vt({inputs:{x:s},attrs:{shape:[p.batchSize,f/p.batchSize]},backend:e}),h=[p.batchSize,p.outerSize,f/p.batchSize,p.sliceSize],g=e.makeOutput(h,n.dtype);if(b.sizeFromShape(n.shape)===0)return g;let x=m.shape.length-1,w=e.dataIdMap.get(m.dataId).id,T=e.dataIdMap.get(d.dataId).id,$=e.dataIdMap.get(g.dataId).id,A=new Uint8Array(new Int32Array(b.computeStrides(m.shape)).buffer),R=new Uint8Array(new Int32Array(b.computeStrides(h)).buffer);return AG(w,ve[n.dtype],A,x,T,p.batchSize,R,$),e.disposeData(m.dataId),e.disposeData(d.dataId),g.shape=p.outputShape,g}var AG,RG,DG=I(()=>{v();ma();ct();RG={kernelName:Oa,backendName:"wasm",setupFunc:Zae,kernelFunc:Qae}});var eie,FG,MG=I(()=>{v();Ht();eie=!1,FG=je(zn,eie,"bool")});var tie,PG,OG=I(()=>{v();Ht();tie=!1,PG=je(Hn,tie,"bool")});var BG,LG=I(()=>{v();nt();BG=he(qn,"bool")});var WG,VG=I(()=>{v();nt();WG=he(Kn,"bool")});var GG,UG=I(()=>{v();nt();GG=he(jn,"bool")});function rie(r){zG=r.wasm.cwrap(Xn,null,["number","number","number","number"])}function oie(r){let{inputs:{x:e},attrs:{alpha:t},backend:o}=r,n=o.dataIdMap.get(e.dataId).id,s=o.makeOutput(e.shape,"float32");if(b.sizeFromShape(e.shape)!==0){let a=o.dataIdMap.get(s.dataId).id;zG(n,ve[e.dtype],t,a)}return s}var zG,HG,qG=I(()=>{v();ct();HG={kernelName:Xn,backendName:"wasm",setupFunc:rie,kernelFunc:oie}});var nie,KG,jG=I(()=>{v();Ht();nie=!1,KG=je(Yn,nie,"bool")});var sie,XG,YG=I(()=>{v();Ht();sie=!1,XG=je(Jn,sie,"bool")});function aie(r){JG=r.wasm.cwrap(Zn,null,["number","number","number","number"])}function iie(r){let{attrs:e,backend:t}=r,{start:o,stop:n,num:s}=e,a=Math.floor(s),c=t.makeOutput([a],"float32");return JG(t.dataIdMap.get(c.dataId).id,o,n,a),c}var JG,ZG,QG=I(()=>{v();ZG={kernelName:Zn,backendName:"wasm",setupFunc:aie,kernelFunc:iie}});var eU,tU=I(()=>{v();nt();eU=he("Log")});var rU,oU=I(()=>{v();nt();rU=he(Qn)});var cie,nU,sU=I(()=>{v();Ht();cie=!1,nU=je(es,cie,"bool")});var aU,iU=I(()=>{v();nt();aU=he(ts)});var uie,cU,uU=I(()=>{v();Ht();uie=!1,cU=je(rs,uie,"bool")});var lie,lU,pU=I(()=>{v();Ht();lie=!1,lU=je(Bw,lie,"bool")});function pie(r){mU=r.wasm.cwrap("LRN",null,["number","number","number","number","number","number","number"])}function mie(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{depthRadius:s,bias:a,alpha:c,beta:u}=o;if(n.dtype!=="float32")throw new Error("LRN error: x must have dtype float32");let i=t.makeOutput(n.shape,n.dtype);return mU(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(i.dataId).id,n.shape[3],s,a,c,u),i}var mU,fU,dU=I(()=>{v();fU={kernelName:"LRN",backendName:"wasm",setupFunc:pie,kernelFunc:mie}});function fie(r){hU=r.wasm.cwrap(ji,null,["number","number","number","number","number","number","number","number","number"])}function die(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,y:s,dy:a}=e,{depthRadius:c,bias:u,alpha:i,beta:l}=o;if(n.dtype!=="float32"||s.dtype!=="float32"||a.dtype!=="float32")throw new Error("LRNGrad error: x, y, and dy must have dtype float32");let p=t.makeOutput(n.shape,n.dtype);return hU(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(a.dataId).id,t.dataIdMap.get(p.dataId).id,a.shape[3],c,u,i,l),p}var hU,gU,xU=I(()=>{v();gU={kernelName:ji,backendName:"wasm",setupFunc:fie,kernelFunc:die}});function hie(r){bU=r.wasm.cwrap("Max",null,["number","number","number","number"])}function gie(r){let{backend:e,inputs:t,attrs:o}=r,{reductionIndices:n,keepDims:s}=o,{x:a}=t,u=e.dataIdMap.get(a.dataId).id,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Ar(a,n,e);if(f){let w=e.dataIdMap.get(l.dataId).id;i=l,u=w}let d=i.shape.length;S.assertAxesAreInnerMostDims("max",p,d);let[h,g]=S.computeOutAndReduceShapes(i.shape,p),x=b.sizeFromShape(g),y=e.makeOutput(h,a.dtype);if(b.sizeFromShape(i.shape)!==0){let w=e.dataIdMap.get(y.dataId).id;bU(u,ve[a.dtype],x,w)}if(f&&e.disposeData(l.dataId),s){let w=S.expandShapeToKeepDim(y.shape,m);y.shape=w}return y}var bU,yU,wU=I(()=>{v();Bi();ct();yU={kernelName:"Max",backendName:"wasm",setupFunc:hie,kernelFunc:gie}});var xie,vU,IU=I(()=>{v();Ht();xie=!1,vU=je(os,xie)});function bie(r){CU=r.wasm.cwrap(ns,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function yie(r){let{inputs:e,attrs:t,backend:o}=r,n=e.x,s=o.dataIdMap.get(n.dataId).id;b.assert(n.dtype==="float32",()=>`Error in MaxPool: only float32 input is supported. Got ${n.dtype}.`);let{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=t,l=S.computePool2DInfo(n.shape,a,c,1,u,i),p=l.filterHeight,m=l.filterWidth,f=l.padInfo.top,d=l.padInfo.right,h=l.padInfo.bottom,g=l.padInfo.left,x=l.dilationHeight,y=l.dilationWidth,w=l.strideHeight,C=l.strideWidth,T=l.inChannels,$=l.outChannels;if(l.dataFormat!=="channelsLast")throw new Error(`wasm backend does not support dataFormat:'${l.dataFormat}'. Please use 'channelsLast'.`);let A=o.makeOutput(l.outShape,"float32"),R=o.dataIdMap.get(A.dataId).id;return CU(s,n.shape[0],n.shape[1],n.shape[2],p,m,f,d,h,g,x,y,w,C,T,$,R),A}var CU,SU,kU=I(()=>{v();SU={kernelName:ns,backendName:"wasm",setupFunc:bie,kernelFunc:yie}});function wie(r){_U=r.wasm.cwrap("MaxPool3D",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function vie(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{filterSize:s,strides:a,pad:c,dimRoundingMode:u,dataFormat:i}=o,l=S.computePool3DInfo(n.shape,s,a,1,c,u,i),p=t.makeOutput(l.outShape,n.dtype);return _U(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(p.dataId).id,l.batchSize,l.inChannels,l.inDepth,l.inHeight,l.inWidth,l.outDepth,l.outHeight,l.outWidth,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.effectiveFilterDepth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),p}var _U,TU,NU=I(()=>{v();TU={kernelName:Va,backendName:"wasm",setupFunc:wie,kernelFunc:vie}});function Iie(r){EU=r.wasm.cwrap("MaxPool3DGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Cie(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,input:s}=e,{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=o,l=S.computePool3DInfo(s.shape,a,c,1,u,i),p=t.makeOutput(s.shape,s.dtype);return EU(t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(p.dataId).id,l.batchSize,l.inChannels,l.inDepth,l.inHeight,l.inWidth,l.outDepth,l.outHeight,l.outWidth,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.effectiveFilterDepth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),p}var EU,$U,AU=I(()=>{v();$U={kernelName:eu,backendName:"wasm",setupFunc:Iie,kernelFunc:Cie}});function Sie(r){RU=r.wasm.cwrap("MaxPoolGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function kie(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,input:s}=e,{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=o,l=S.computePool2DInfo(s.shape,a,c,1,u,i),p=t.makeOutput(s.shape,s.dtype);return RU(t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(p.dataId).id,l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.top,l.padInfo.left),p}var RU,DU,FU=I(()=>{v();DU={kernelName:Qc,backendName:"wasm",setupFunc:Sie,kernelFunc:kie}});function _ie(r){MU=r.wasm.cwrap("MaxPoolWithArgmax",null,["number","number","number","number","boolean","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Tie(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{filterSize:s,strides:a,pad:c,includeBatchInIndex:u}=o;b.assert(n.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${n.shape.length}.`);let i=[1,1];b.assert(S.eitherStridesOrDilationsAreOne(a,i),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${i}'`);let l=S.computePool2DInfo(n.shape,s,a,[1,1],c),p=t.makeOutput(l.outShape,n.dtype),m=t.makeOutput(l.outShape,"int32");return MU(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(p.dataId).id,t.dataIdMap.get(m.dataId).id,ve[n.dtype],u,l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.top,l.padInfo.left),[p,m]}var MU,PU,OU=I(()=>{v();ct();PU={kernelName:Ga,backendName:"wasm",setupFunc:_ie,kernelFunc:Tie}});function Nie(r){BU=r.wasm.cwrap(ss,null,["number, number, number"])}function Eie(r){let{backend:e,inputs:t,attrs:o}=r,{axis:n,keepDims:s}=o,{x:a}=t,c=e.dataIdMap.get(a.dataId).id,u=c,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Ar(a,n,e),d=p;if(f){let C=e.dataIdMap.get(l.dataId).id;C!==c&&(i=l,u=C,d=S.getInnerMostAxes(d.length,i.shape.length))}S.assertAxesAreInnerMostDims("mean",d,i.shape.length);let[h,g]=S.computeOutAndReduceShapes(i.shape,d),x=b.sizeFromShape(g),y=i;i.dtype!=="float32"&&(y=zr({backend:e,inputs:{x:i},attrs:{dtype:"float32"}}),u=e.dataIdMap.get(y.dataId).id);let w=e.makeOutput(h,"float32");if(b.sizeFromShape(i.shape)!==0){let C=e.dataIdMap.get(w.dataId).id;BU(u,x,C)}if(f&&e.disposeData(l.dataId),s){let C=S.expandShapeToKeepDim(w.shape,m);w.shape=C}return i.dtype!=="float32"&&e.disposeData(y.dataId),w}var BU,LU,WU=I(()=>{v();Li();Bi();LU={kernelName:ss,backendName:"wasm",setupFunc:Nie,kernelFunc:Eie}});function $ie(r){VU=r.wasm.cwrap("Min",null,["number","number","number","number"])}function Aie(r){let{backend:e,inputs:t,attrs:o}=r,{axis:n,keepDims:s}=o,{x:a}=t,c=e.dataIdMap.get(a.dataId).id,u=c,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Ar(a,n,e);if(f){let w=e.dataIdMap.get(l.dataId).id;w!==c&&(i=l,u=w)}let d=i.shape.length;S.assertAxesAreInnerMostDims("min",p,d);let[h,g]=S.computeOutAndReduceShapes(i.shape,p),x=b.sizeFromShape(g),y=e.makeOutput(h,i.dtype);if(b.sizeFromShape(i.shape)!==0){let w=e.dataIdMap.get(y.dataId).id;VU(u,ve[a.dtype],x,w)}if(f&&e.disposeData(l.dataId),s){let w=S.expandShapeToKeepDim(y.shape,m);y.shape=w}return y}var VU,GU,UU=I(()=>{v();Bi();ct();GU={kernelName:"Min",backendName:"wasm",setupFunc:$ie,kernelFunc:Aie}});var Rie,zU,HU=I(()=>{v();Ht();Rie=!1,zU=je(as,Rie)});function Die(r){qU=r.wasm.cwrap(is,null,["number","array","number","number","array","array","number","number"])}function Fie(r){let{inputs:{x:e},backend:t,attrs:{paddings:o,mode:n}}=r,s=o.map((d,h)=>d[0]+e.shape[h]+d[1]),a=t.dataIdMap.get(e.dataId).id,c=t.makeOutput(s,e.dtype),u=t.dataIdMap.get(c.dataId).id,i=new Uint8Array(new Int32Array(e.shape).buffer),l=o.map(d=>d[0]),p=o.map(d=>d[1]),m=new Uint8Array(new Int32Array(l).buffer),f=new Uint8Array(new Int32Array(p).buffer);return qU(a,i,e.shape.length,ve[e.dtype],m,f,yS[n],u),c}var yS,qU,KU,jU=I(()=>{v();ct();(function(r){r[r.reflect=0]="reflect",r[r.symmetric=1]="symmetric"})(yS||(yS={}));KU={kernelName:is,backendName:"wasm",kernelFunc:Fie,setupFunc:Die}});function Mie(r){XU=r.wasm.cwrap(Ms,null,["number","number","number","number"])}function wS(r){let{backend:e,inputs:{logits:t},attrs:{dim:o}}=r,n=e.dataIdMap.get(t.dataId).id,s=e.makeOutput(t.shape,t.dtype),a=e.dataIdMap.get(s.dataId).id,c=t.shape[o],u=b.sizeFromShape(t.shape)/c;return b.sizeFromShape(s.shape)===0||XU(n,a,c,u),s}var XU,YU,vS=I(()=>{v();YU={kernelName:Ms,backendName:"wasm",setupFunc:Mie,kernelFunc:wS}});function Pie(r){JU=r.wasm.cwrap(cs,null,["number","number","number","number","number","number"])}function Oie(r){let{inputs:e,backend:t,attrs:o}=r,{logits:n}=e,{numSamples:s,seed:a,normalized:c}=o;if(n.dtype!=="float32")throw new Error(`Tensor logits must have dtype float32, got ${n.dtype}`);let u=c?n:wS({inputs:{logits:n},backend:t,attrs:{dim:n.shape.length-1}}),[i,l]=u.shape,p=t.makeOutput([i,s],"int32");return JU(t.dataIdMap.get(u.dataId).id,i,l,s,a,t.dataIdMap.get(p.dataId).id),c||t.disposeData(u.dataId),p}var JU,ZU,QU=I(()=>{v();vS();ZU={kernelName:cs,backendName:"wasm",setupFunc:Pie,kernelFunc:Oie}});var ez,tz=I(()=>{v();Ht();ez=je("Mod",!0)});var Bie,rz,oz=I(()=>{v();Ht();Bie=!0,rz=je(us,Bie)});var nz,sz=I(()=>{v();nt();nz=he("Neg")});function _p(r,e){let t=new Int32Array(r.wasm.HEAPU8.buffer,e,4),o=t[0],n=t[1],s=t[2],a=t[3];return r.wasm._free(e),{pSelectedIndices:o,selectedSize:n,pSelectedScores:s,pValidOutputs:a}}var Gx=I(()=>{});function Lie(r){az=r.wasm.cwrap(ps,"number",["number","number","number","number","number"])}function Wie(r){let{backend:e,inputs:t,attrs:o}=r,{iouThreshold:n,maxOutputSize:s,scoreThreshold:a}=o,{boxes:c,scores:u}=t,i=e.dataIdMap.get(c.dataId).id,l=e.dataIdMap.get(u.dataId).id,p=az(i,l,s,n,a),{pSelectedIndices:m,selectedSize:f,pSelectedScores:d,pValidOutputs:h}=_p(e,p);return e.wasm._free(d),e.wasm._free(h),e.makeOutput([f],"int32",m)}var az,iz,cz=I(()=>{v();Gx();iz={kernelName:ps,backendName:"wasm",setupFunc:Lie,kernelFunc:Wie}});function Vie(r){uz=r.wasm.cwrap(ms,"number",["number","number","number","number","number","bool"])}function Gie(r){let{backend:e,inputs:t,attrs:o}=r,{iouThreshold:n,maxOutputSize:s,scoreThreshold:a,padToMaxOutputSize:c}=o,{boxes:u,scores:i}=t,l=e.dataIdMap.get(u.dataId).id,p=e.dataIdMap.get(i.dataId).id,m=uz(l,p,s,n,a,c),{pSelectedIndices:f,selectedSize:d,pSelectedScores:h,pValidOutputs:g}=_p(e,m);e.wasm._free(h);let x=e.makeOutput([d],"int32",f),y=e.makeOutput([],"int32",g);return[x,y]}var uz,lz,pz=I(()=>{v();Gx();lz={kernelName:ms,backendName:"wasm",setupFunc:Vie,kernelFunc:Gie}});function Uie(r){mz=r.wasm.cwrap(fs,"number",["number","number","number","number","number","number"])}function zie(r){let{backend:e,inputs:t,attrs:o}=r,{iouThreshold:n,maxOutputSize:s,scoreThreshold:a,softNmsSigma:c}=o,{boxes:u,scores:i}=t,l=e.dataIdMap.get(u.dataId).id,p=e.dataIdMap.get(i.dataId).id,m=mz(l,p,s,n,a,c),{pSelectedIndices:f,selectedSize:d,pSelectedScores:h,pValidOutputs:g}=_p(e,m);e.wasm._free(g);let x=e.makeOutput([d],"int32",f),y=e.makeOutput([d],"float32",h);return[x,y]}var mz,fz,dz=I(()=>{v();Gx();fz={kernelName:fs,backendName:"wasm",setupFunc:Uie,kernelFunc:zie}});var Hie,hz,gz=I(()=>{v();Ht();Hie=!1,hz=je(ls,Hie,"bool")});function qie(r){xz=r.wasm.cwrap(ds,null,["number","number","number","number","number"])}function Kie(r){let{inputs:e,backend:t,attrs:o}=r,{indices:n}=e,{dtype:s,depth:a,onValue:c,offValue:u}=o,i=t.makeOutput([...n.shape,a],s),l=t.dataIdMap.get(i.dataId).id,m=t.dataIdMap.get(n.dataId).id;return xz(m,a,c,u,l),i}var xz,bz,yz=I(()=>{v();bz={kernelName:ds,backendName:"wasm",setupFunc:qie,kernelFunc:Kie}});function jie(r){let{inputs:{x:e},backend:t}=r,o=t.makeOutput(e.shape,e.dtype);return t.typedArrayFromHeap(o).fill(1),o}var wz,vz=I(()=>{v();wz={kernelName:Ha,backendName:"wasm",kernelFunc:jie}});function Xie(r){let{inputs:e,backend:t,attrs:o}=r,{axis:n}=o;if(e.length===1)return Vx({inputs:{input:e[0]},backend:t,attrs:{dim:n}});let s=e[0].shape,a=e[0].dtype;e.forEach(l=>{b.assertShapesMatch(s,l.shape,"All tensors passed to stack must have matching shapes"),b.assert(a===l.dtype,()=>"All tensors passed to stack must have matching dtypes")});let c=[],u=e.map(l=>{let p=Vx({inputs:{input:l},backend:t,attrs:{dim:n}});return c.push(p),p}),i=fS({inputs:u,backend:t,attrs:{axis:n}});return c.forEach(l=>t.disposeData(l.dataId)),i}var Iz,Cz=I(()=>{v();dS();gS();Iz={kernelName:qa,backendName:"wasm",kernelFunc:Xie}});function Yie(r){Sz=r.wasm.cwrap(hs,null,["number","array","number","number","array","array","number","number"])}function Jie(r){let{inputs:{x:e},backend:t,attrs:{paddings:o,constantValue:n}}=r,s=o.map((h,g)=>h[0]+e.shape[g]+h[1]);if(b.sizeFromShape(e.shape)===0)return xS({backend:t,attrs:{shape:s,value:n,dtype:e.dtype}});let a=t.dataIdMap.get(e.dataId).id,c=t.makeOutput(s,e.dtype),i=t.dataIdMap.get(c.dataId).id,l=new Uint8Array(new Int32Array(e.shape).buffer),p=o.map(h=>h[0]),m=o.map(h=>h[1]),f=new Uint8Array(new Int32Array(p).buffer),d=new Uint8Array(new Int32Array(m).buffer);return Sz(a,l,e.shape.length,ve[e.dtype],f,d,n,i),c}var Sz,Ux,IS=I(()=>{v();bS();ct();Ux={kernelName:hs,backendName:"wasm",kernelFunc:Jie,setupFunc:Yie}});var Zie,kz,_z=I(()=>{v();Ht();Zie=!1,kz=je("Pow",Zie)});function Qie(r){Tz=r.wasm.cwrap(gs,null,["number","number","number"])}function ece(r){let{inputs:e,backend:t}=r,{x:o,alpha:n}=e,s=t.dataIdMap.get(o.dataId).id,a=t.dataIdMap.get(n.dataId).id,c=s,u=o,i=u;u.dtype!=="float32"&&(i=zr({backend:t,inputs:{x:o},attrs:{dtype:"float32"}}),c=t.dataIdMap.get(i.dataId).id);let l=t.makeOutput(o.shape,"float32"),p=t.dataIdMap.get(l.dataId).id;return Tz(c,a,p),u.dtype!=="float32"&&t.disposeData(i.dataId),l}var Tz,Nz,Ez=I(()=>{v();Li();Nz={kernelName:gs,backendName:"wasm",setupFunc:Qie,kernelFunc:ece}});function tce(r){$z=r.wasm.cwrap(xs,null,["number","number","number","number"])}function rce(r){let{backend:e,inputs:t,attrs:o}=r,{axis:n,keepDims:s}=o,{x:a}=t,c=e.dataIdMap.get(a.dataId).id,u=c,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Ar(a,n,e),d=p;if(f){let w=e.dataIdMap.get(l.dataId).id;w!==c&&(i=l,u=w,d=S.getInnerMostAxes(d.length,i.shape.length))}S.assertAxesAreInnerMostDims("prod",d,i.shape.length);let[h,g]=S.computeOutAndReduceShapes(i.shape,d),x=b.sizeFromShape(g),y=e.makeOutput(h,i.dtype);if(b.sizeFromShape(i.shape)!==0){let w=e.dataIdMap.get(y.dataId).id;$z(u,x,ve[y.dtype],w)}if(f&&e.disposeData(l.dataId),s){let w=S.expandShapeToKeepDim(y.shape,m);y.shape=w}return y}var $z,Az,Rz=I(()=>{v();Bi();ct();Az={kernelName:xs,backendName:"wasm",setupFunc:tce,kernelFunc:rce}});var oce,Dz,Fz=I(()=>{v();Dc();oce=r=>{let{backend:e,attrs:t}=r,{start:o,stop:n,step:s,dtype:a}=t,c=Vu(o,n,s,a),u=e.makeOutput([c.length],a);return e.typedArrayFromHeap(u).set(c),u},Dz={kernelName:ja,backendName:"wasm",kernelFunc:oce}});var nce,Mz,Pz=I(()=>{v();Ht();nce=!0,Mz=je(Pn,nce)});var Oz,Bz=I(()=>{v();nt();Oz=he(bs)});var Lz,Wz=I(()=>{v();nt();Lz=he(ys)});var Vz,Gz=I(()=>{v();nt();Vz=he(Is)});function sce(r){Uz=r.wasm.cwrap(vs,null,["number","number","number","number","number","number","number","number","number","number"])}function ace(r){let{backend:e,inputs:t,attrs:o}=r,{images:n}=t,{alignCorners:s,halfPixelCenters:a,size:c}=o,[u,i]=c,[l,p,m,f]=n.shape,d=[l,u,i,f],h=e.dataIdMap.get(n.dataId),g;h.dtype!=="float32"&&(g=zr({backend:e,inputs:{x:n},attrs:{dtype:"float32"}}),h=e.dataIdMap.get(g.dataId));let x=h.id,y=e.makeOutput(d,"float32");if(b.sizeFromShape(n.shape)===0)return y;let w=e.dataIdMap.get(y.dataId).id;return Uz(x,l,p,m,f,u,i,s?1:0,a?1:0,w),g!=null&&e.disposeData(g.dataId),y}var Uz,zz,Hz=I(()=>{v();Li();zz={kernelName:vs,backendName:"wasm",setupFunc:sce,kernelFunc:ace}});function ice(r){qz=r.wasm.cwrap(Ji,null,["number","number","number","array","array","boolean"])}function cce(r){let{inputs:e,backend:t,attrs:o}=r,{images:n,dy:s}=e,{alignCorners:a}=o,c=t.makeOutput(n.shape,"float32"),u=t.dataIdMap.get(n.dataId),i;return u.dtype!=="float32"&&(i=zr({backend:t,inputs:{x:n},attrs:{dtype:"float32"}}),u=t.dataIdMap.get(i.dataId)),qz(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(c.dataId).id,new Uint8Array(new Int32Array(n.shape).buffer),new Uint8Array(new Int32Array(s.shape).buffer),a),i!=null&&t.disposeData(i.dataId),c}var qz,Kz,jz=I(()=>{v();Li();Kz={kernelName:Ji,backendName:"wasm",setupFunc:ice,kernelFunc:cce}});function uce(r){Xz=r.wasm.cwrap(ws,null,["number","number","number","number","number","number","number","number","number","number"])}function lce(r){let{backend:e,inputs:t,attrs:o}=r,{images:n}=t,{alignCorners:s,halfPixelCenters:a,size:c}=o,[u,i]=c,[l,p,m,f]=n.shape,d=[l,u,i,f],h=e.makeOutput(d,"float32");if(b.sizeFromShape(n.shape)===0)return h;let g=e.dataIdMap.get(n.dataId),x;g.dtype!=="float32"&&(x=zr({backend:e,inputs:{x:n},attrs:{dtype:"float32"}}),g=e.dataIdMap.get(x.dataId));let y=g.id,w=e.dataIdMap.get(h.dataId).id;return Xz(y,l,p,m,f,u,i,s?1:0,a?1:0,w),x!=null&&e.disposeData(x.dataId),h}var Xz,Yz,Jz=I(()=>{v();Li();Yz={kernelName:ws,backendName:"wasm",setupFunc:uce,kernelFunc:lce}});function pce(r){Zz=r.wasm.cwrap(Yi,null,["number","number","number","array","array","boolean"])}function mce(r){let{inputs:e,backend:t,attrs:o}=r,{images:n,dy:s}=e,{alignCorners:a}=o,c=t.makeOutput(n.shape,"float32"),u=t.dataIdMap.get(n.dataId),i;return u.dtype!=="float32"&&(i=zr({backend:t,inputs:{x:n},attrs:{dtype:"float32"}}),u=t.dataIdMap.get(i.dataId)),Zz(t.dataIdMap.get(n.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(c.dataId).id,new Uint8Array(new Int32Array(n.shape).buffer),new Uint8Array(new Int32Array(s.shape).buffer),a),i!=null&&t.disposeData(i.dataId),c}var Zz,Qz,e4=I(()=>{v();Li();Qz={kernelName:Yi,backendName:"wasm",setupFunc:pce,kernelFunc:mce}});function fce(r){t4=r.wasm.cwrap(Cs,null,["number","array","number","array","number","number"])}function dce(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{dims:s}=o,a=b.parseAxisParam(s,n.shape);if(n.shape.length===0)return sl({inputs:{x:n},backend:t});let c=t.makeOutput(n.shape,n.dtype),u=t.dataIdMap.get(n.dataId).id,i=t.dataIdMap.get(c.dataId).id,l=new Uint8Array(new Int32Array(a).buffer),p=new Uint8Array(new Int32Array(n.shape).buffer);t4(u,l,a.length,p,n.shape.length,i);let m=Vt({inputs:{x:c},attrs:{shape:n.shape},backend:t});return t.disposeData(c.dataId),m}var t4,r4,o4=I(()=>{v();Zm();ma();r4={kernelName:Cs,backendName:"wasm",kernelFunc:dce,setupFunc:fce}});function hce(r){n4=r.wasm.cwrap(Us,null,["number","number","number","number","number","number","number","number","array","number","number"])}function gce(r){let{inputs:e,backend:t,attrs:o}=r,{image:n}=e,{radians:s,fillValue:a,center:c}=o,u=t.makeOutput(n.shape,n.dtype),i=t.dataIdMap.get(n.dataId).id,l=t.dataIdMap.get(u.dataId).id,[p,m,f,d]=n.shape,[h,g]=S.getImageCenter(c,m,f),x=a===0,y=255,w=typeof a=="number"?[a,a,a,x?0:y]:[...a,y],C=new Uint8Array(new Int32Array(w).buffer);return n4(i,p,m,f,d,s,h,g,C,w.length,l),u}var n4,s4,a4=I(()=>{v();v();s4={kernelName:Us,backendName:"wasm",kernelFunc:gce,setupFunc:hce}});var i4,c4=I(()=>{v();nt();i4=he(Ss)});var u4,l4=I(()=>{v();nt();u4=he(ks)});function xce(r){p4=r.wasm.cwrap(_s,null,["number","number","number","number","number","number","array","number","number"])}function bce(r){let{backend:e,inputs:t,attrs:o}=r,{indices:n,updates:s}=t,{shape:a}=o,c=e.makeOutput(a,s.dtype);if(b.sizeFromShape(a)===0)return c;let{sliceRank:u,numUpdates:i,sliceSize:l,strides:p,outputSize:m}=$i.calculateShapes(s,n,a),d=e.dataIdMap.get(n.dataId).id,g=e.dataIdMap.get(s.dataId).id,x=new Uint8Array(new Int32Array(p).buffer),y=e.dataIdMap.get(c.dataId).id;return p4(d,g,ve[s.dtype],u,i,l,x,m,y),c}var p4,m4,f4=I(()=>{v();ct();m4={kernelName:_s,backendName:"wasm",setupFunc:xce,kernelFunc:bce}});function yce(r){d4=r.wasm.cwrap(Ns,null,["number","number","number","number","number","number","bool","number"])}function wce(r){let{inputs:e,backend:t,attrs:o}=r,{sortedSequence:n,values:s}=e,{side:a}=o;if(n.dtype!==s.dtype)throw new Error(`SearchSorted error: sorted_sequence must have the same dtype as values. Got ${n.dtype} and ${s.dtype}`);let c=t.makeOutput(s.shape,"int32");function u(i){return t.dataIdMap.get(i.dataId).id}return d4(u(n),u(s),n.shape[0],n.shape[1],s.shape[1],ve[n.dtype],a==="left",u(c)),c}var d4,h4,g4=I(()=>{v();ct();h4={kernelName:Ns,backendName:"wasm",setupFunc:yce,kernelFunc:wce}});function vce(r){x4=r.wasm.cwrap("SelectV2",null,["number","number","number","number","number"])}function Ice(r){let{inputs:e,backend:t}=r,{condition:o,t:n,e:s}=e,a=t.dataIdMap.get(o.dataId).id,c=t.dataIdMap.get(n.dataId).id,u=t.dataIdMap.get(s.dataId).id,i=t.makeOutput(n.shape,n.dtype),l=t.dataIdMap.get(i.dataId).id,p=o.shape.length,m=n.shape.length,f=p===0||p>1||m===1?1:b.sizeFromShape(n.shape.slice(1));return x4(a,c,u,f,l),i}var x4,b4,y4=I(()=>{v();b4={kernelName:Ya,backendName:"wasm",kernelFunc:Ice,setupFunc:vce}});var w4,v4=I(()=>{v();nt();w4=he(Es)});function Cce(r){I4=r.wasm.cwrap(Rs,null,["number","number"])}function Sce(r){let{backend:e,inputs:{x:t}}=r,o=e.dataIdMap.get(t.dataId).id,n=e.makeOutput(t.shape,t.dtype),s=e.dataIdMap.get(n.dataId).id;return b.sizeFromShape(n.shape)===0||I4(o,s),n}var I4,C4,S4=I(()=>{v();C4={kernelName:"Sigmoid",backendName:"wasm",setupFunc:Cce,kernelFunc:Sce}});var k4,_4=I(()=>{v();nt();k4=he(As)});var T4,N4=I(()=>{v();nt();T4=he("Sin")});var E4,$4=I(()=>{v();nt();E4=he($s)});var A4,R4=I(()=>{v();nt();A4=he(Ds)});function kce(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{blockShape:s,paddings:a}=o,c=b.sizeFromShape(s),u=[[0,0]];u.push(...a);for(let $=1+s.length;$<n.shape.length;++$)u.push([0,0]);let i=Ux.kernelFunc({inputs:{x:n},backend:t,attrs:{paddings:u,constantValue:0}}),l=S.getReshaped(i.shape,s,c,!1),p=S.getPermuted(l.length,s.length,!1),m=S.getReshapedPermuted(i.shape,s,c,!1),h=Vt({inputs:{x:i},backend:t,attrs:{shape:l}}),y=ho({inputs:{x:h},backend:t,attrs:{perm:p}}),T=Vt({inputs:{x:y},backend:t,attrs:{shape:m}});return t.disposeData(i.dataId),t.disposeData(h.dataId),t.disposeData(y.dataId),T}var D4,F4=I(()=>{v();IS();ma();al();D4={kernelName:ei,backendName:"wasm",kernelFunc:kce}});function _ce(r){M4=r.wasm.cwrap("SparseFillEmptyRows","number",["number","number","number","number","number","number","number","number","number","number","number","number"])}function Tce(r){let{backend:e,inputs:t}=r,{indices:o,values:n,denseShape:s,defaultValue:a}=t,c=o.shape[0],u=o.shape[1],i=e.readSync(s.dataId)[0],l=[c+i,u],p=e.dataIdMap.get(o.dataId).id,m=e.dataIdMap.get(n.dataId).id,f=e.dataIdMap.get(a.dataId).id,d=e.makeOutput(l,o.dtype),h=e.dataIdMap.get(d.dataId).id,g=e.makeOutput(l.slice(0,1),n.dtype),x=e.dataIdMap.get(g.dataId).id,y=e.makeOutput([i],"bool"),w=e.dataIdMap.get(y.dataId).id,C=e.makeOutput([c],o.dtype),T=e.dataIdMap.get(C.dataId).id,$=e.makeOutput([4],"int32"),A=e.dataIdMap.get($.dataId).id,R=M4(p,m,ve[n.dtype],c,i,u,f,h,x,w,T,A),F=e.readSync($.dataId),M;switch(F[0]){case 1:{M=S.getSparseFillEmptyRowsIndicesDenseShapeMismatch(F[1]);break}case 2:{M=S.getSparseFillEmptyRowsNegativeIndexErrorMessage(F[1],F[2]);break}case 3:M=S.getSparseFillEmptyRowsOutOfRangeIndexErrorMessage(F[1],F[2],F[3]);break;default:M=""}if(e.disposeData($.dataId),M)throw e.disposeData(d.dataId),e.disposeData(g.dataId),e.disposeData(y.dataId),e.disposeData(C.dataId),new Error(M);let L=d,W=g;return R!==l[0]&&(L=Fo({inputs:{x:d},attrs:{begin:0,size:[R,u]},backend:e}),W=Fo({inputs:{x:g},attrs:{begin:0,size:R},backend:e}),e.disposeData(d.dataId),e.disposeData(g.dataId)),[L,W,y,C]}var M4,P4,O4=I(()=>{v();il();ct();P4={kernelName:ri,backendName:"wasm",setupFunc:_ce,kernelFunc:Tce}});function Nce(r){B4=r.wasm.cwrap(Ps,null,["number","number","number","number","number","number","number"])}function Ece(r){let{backend:e,inputs:t}=r,{inputIndices:o,inputShape:n,newShape:s}=t;if(o.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape
        ${o.shape}`);if(n.shape.length!==1)throw new Error(`Input shape should be a vector but received shape
        ${n.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let a=e.dataIdMap.get(o.dataId).id,c=e.dataIdMap.get(n.dataId).id,u=e.dataIdMap.get(s.dataId).id,i=o.shape[0],l=b.sizeFromShape(s.shape),p=e.makeOutput([i,l],o.dtype),m=e.dataIdMap.get(p.dataId).id,f=e.makeOutput([l],s.dtype),d=e.dataIdMap.get(f.dataId).id,h=e.makeOutput([3],"int32"),g=e.dataIdMap.get(h.dataId).id;B4(a,c,u,i,m,d,g);let x=e.readSync(h.dataId),y;switch(x[0]){case 0:{y=S.getSparseReshapeMultipleNegativeOneOutputDimErrorMessage(x[1],x[2]);break}case 1:{y=S.getSparseReshapeNegativeOutputDimErrorMessage(x[1],x[2]);break}case 2:y=S.getSparseReshapeEmptyTensorZeroOutputDimErrorMessage();break;case 3:{let w=Array.from(e.readSync(n.dataId)),C=Array.from(e.readSync(f.dataId));y=S.getSparseReshapeInputOutputMultipleErrorMessage(w,C);break}case 4:{let w=Array.from(e.readSync(n.dataId)),C=Array.from(e.readSync(f.dataId));y=S.getSparseReshapeInputOutputMismatchErrorMessage(w,C);break}default:y=""}if(e.disposeData(h.dataId),y)throw e.disposeData(p.dataId),e.disposeData(f.dataId),new Error(y);return[p,f]}var B4,L4,W4=I(()=>{v();L4={kernelName:Ps,backendName:"wasm",setupFunc:Nce,kernelFunc:Ece}});function zx(r){V4=r.wasm.cwrap("SparseSegmentReduction",null,["number","number","number","number","number","number","number","number","number"])}function Hx(r,e){let{backend:t,inputs:o}=r,{data:n,indices:s,segmentIds:a}=o,c=s.shape[0],u=t.readSync(a.dataId,c-1,c)[0],l=c>0?u+1:0;if(l<0)throw new Error(S.getSparseSegmentReductionNegativeSegmentIdsErrorMessage());let p=n.shape.slice();p[0]=l;let m=t.dataIdMap.get(n.dataId).id,f=t.dataIdMap.get(s.dataId).id,d=t.dataIdMap.get(a.dataId).id,h=t.makeOutput(p,n.dtype),g=t.dataIdMap.get(h.dataId).id,x=t.makeOutput([4],"int32"),y=t.dataIdMap.get(x.dataId).id;V4(m,ve[n.dtype],n.shape[0],f,d,g,y,e,0);let w=t.readSync(x.dataId),C;switch(w[0]){case 0:{C=S.getSparseSegmentReductionNegativeSegmentIdsErrorMessage();break}case 1:{C=S.getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage();break}case 2:C=S.getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage(w[1],w[2]);break;case 3:C=S.getSparseSegmentReductionIndicesOutOfRangeErrorMessage(w[1],w[2],w[3]);break;default:C=""}if(t.disposeData(x.dataId),C)throw t.disposeData(h.dataId),new Error(C);return h}var V4,CS=I(()=>{v();ct();});function $ce(r){return Hx(r,!0)}var G4,U4=I(()=>{v();CS();G4={kernelName:oi,backendName:"wasm",setupFunc:zx,kernelFunc:$ce}});function Ace(r){return Hx(r,!1)}var z4,H4=I(()=>{v();CS();z4={kernelName:ni,backendName:"wasm",setupFunc:zx,kernelFunc:Ace}});function Rce(r){q4=r.wasm.cwrap(Os,null,["number","number","number","number","number","number","number","number","array","number","number"])}function Dce(r){let{backend:e,inputs:t,attrs:o}=r,{sparseIndices:n,sparseValues:s,defaultValue:a}=t,{outputShape:c}=o,u=e.makeOutput(c,a.dtype);if(b.sizeFromShape(c)===0)return u;let{sliceRank:i,numUpdates:l,sliceSize:p,strides:m,outputSize:f}=S.calculateShapes(s,n,c),d=e.dataIdMap.get(n.dataId).id,h=e.dataIdMap.get(s.dataId).id,g=e.dataIdMap.get(a.dataId).id,x=new Uint8Array(new Int32Array(m).buffer),y=e.dataIdMap.get(u.dataId).id;return q4(d,h,s.shape.length,g,ve[a.dtype],i,l,p,x,f,y),u}var q4,K4,j4=I(()=>{v();ct();K4={kernelName:Os,backendName:"wasm",setupFunc:Rce,kernelFunc:Dce}});function Fce(r){let{inputs:e,attrs:t,backend:o}=r,{x:n}=e,{numOrSizeSplits:s,axis:a}=t,c=b.parseAxisParam(a,n.shape)[0],u=S.prepareSplitSize(n,s,c),i=new Array(n.shape.length).fill(0),l=n.shape.slice();return u.map(p=>{let m=[...l];m[c]=p;let f=Fo({inputs:{x:n},attrs:{begin:i,size:m},backend:o});return i[c]+=p,f})}var X4,Y4=I(()=>{v();v();il();X4={kernelName:ti,backendName:"wasm",kernelFunc:Fce}});var J4,Z4=I(()=>{v();nt();J4=he(Fs)});var Q4,eH=I(()=>{v();nt();Q4=he(su)});var Mce,tH,rH=I(()=>{v();Ht();Mce=!0,tH=je(Bs,Mce)});function Pce(r){oH=r.wasm.cwrap(Go,null,["number","number","number","number"])}function Oce(r){let{backend:e,inputs:t,attrs:o}=r,{alpha:n}=o,{x:s}=t,a=e.dataIdMap.get(s.dataId).id,c=e.makeOutput(s.shape,s.dtype),u=e.dataIdMap.get(c.dataId).id;return oH(a,n,ve[s.dtype],u),c}var oH,nH,sH=I(()=>{v();ct();nH={kernelName:Go,backendName:"wasm",setupFunc:Pce,kernelFunc:Oce}});function Bce(r){aH=r.wasm.cwrap(Ls,null,["number","array","number","array","array","array","array","array","number","number"])}function Lce(r){let{backend:e,inputs:t,attrs:o}=r,{x:n}=t,{begin:s,end:a,strides:c,beginMask:u,endMask:i,ellipsisMask:l,newAxisMask:p,shrinkAxisMask:m}=o,{finalShapeSparse:f,finalShape:d,isIdentity:h,sliceDim0:g,isSimpleSlice:x,begin:y,end:w,strides:C}=bt.sliceInfo(n.shape,s,a,c,u,i,l,p,m),T;if(h)T=Vt({inputs:{x:n},backend:e,attrs:{shape:d}});else if(g||x){b.assert(n.shape.length>=1,()=>`Input must have rank at least 1, got: ${n.shape.length}`);let $=bt.computeOutShape(y,w,C),A=Fo({inputs:{x:n},backend:e,attrs:{begin:y,size:$}});T=Vt({inputs:{x:A},backend:e,attrs:{shape:d}}),e.disposeData(A.dataId)}else{let $=e.makeOutput(f,"float32"),A=e.dataIdMap.get(n.dataId).id,R=new Uint8Array(new Int32Array(b.computeStrides(n.shape)).buffer),F=new Uint8Array(new Int32Array(y).buffer),M=new Uint8Array(new Int32Array(w).buffer),L=new Uint8Array(new Int32Array(C).buffer),W=new Uint8Array(new Int32Array(f).buffer),G=new Uint8Array(new Int32Array(b.computeStrides(f)).buffer),q=e.dataIdMap.get($.dataId).id;aH(A,R,n.shape.length,F,M,L,W,G,f.length,q),T=Vt({inputs:{x:$},backend:e,attrs:{shape:d}}),e.disposeData($.dataId)}return T}var aH,iH,cH=I(()=>{v();ma();il();iH={kernelName:Ls,backendName:"wasm",setupFunc:Bce,kernelFunc:Lce}});function Wce(r){let{backend:e,inputs:t,attrs:o}=r,{data:n,dataSplits:s}=t,{separator:a,nGramWidths:c,leftPad:u,rightPad:i,padWidth:l,preserveShortSequences:p}=o,m=e.readSync(n.dataId),f=e.readSync(s.dataId),[d,h]=Uu(m,f,a,c,u,i,l,p),g=e.makeOutput([d.length],"string"),x=e.dataIdMap.get(g.dataId);x.stringBytes=d;let y=e.makeOutput(s.shape,"int32");return e.typedArrayFromHeap(y).set(h),[g,y]}var uH,lH=I(()=>{v();Dc();uH={kernelName:si,backendName:"wasm",kernelFunc:Wce}});function Vce(r){let{backend:e,inputs:t,attrs:o}=r,{input:n,delimiter:s}=t,{skipEmpty:a}=o,c=e.readSync(n.dataId),u=e.readSync(s.dataId),[i,l,p]=zu(c,u[0],a),m=l.length,f=e.makeOutput([m,2],"int32");e.typedArrayFromHeap(f).set(i);let h=e.makeOutput([m],"string"),g=e.dataIdMap.get(h.dataId);g.stringBytes=l;let x=e.makeOutput([2],"int32");return e.typedArrayFromHeap(x).set(p),[f,h,x]}var pH,mH=I(()=>{v();Dc();pH={kernelName:ai,backendName:"wasm",kernelFunc:Vce}});function Gce(r){let{backend:e,inputs:t,attrs:o}=r,{input:n}=t,{numBuckets:s}=o,a=e.readSync(n.dataId),c=Hu(a,s),u=e.makeOutput(n.shape,"int32");return e.typedArrayFromHeap(u).set(c),u}var fH,dH=I(()=>{v();Dc();fH={kernelName:ii,backendName:"wasm",kernelFunc:Gce}});var Uce,hH,gH=I(()=>{v();Ht();Uce=!0,hH=je("Sub",Uce)});function zce(r){xH=r.wasm.cwrap("Sum",null,["number","number","number","number"])}function Hce(r){let{backend:e,inputs:t,attrs:o}=r,{axis:n,keepDims:s}=o,{x:a}=t,c=e.dataIdMap.get(a.dataId).id,u=c,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Ar(a,n,e),d=p;if(f){let w=e.dataIdMap.get(l.dataId).id;w!==c&&(i=l,u=w,d=S.getInnerMostAxes(d.length,i.shape.length))}S.assertAxesAreInnerMostDims("sum",d,i.shape.length);let[h,g]=S.computeOutAndReduceShapes(i.shape,d),x=b.sizeFromShape(g),y=e.makeOutput(h,i.dtype);if(b.sizeFromShape(i.shape)!==0){let w=e.dataIdMap.get(y.dataId).id;xH(u,x,ve[y.dtype],w)}if(f&&e.disposeData(l.dataId),s){let w=S.expandShapeToKeepDim(y.shape,m);y.shape=w}return y}var xH,bH,yH=I(()=>{v();Bi();ct();bH={kernelName:"Sum",backendName:"wasm",setupFunc:zce,kernelFunc:Hce}});var wH,vH=I(()=>{v();nt();wH=he("Tan")});var IH,CH=I(()=>{v();nt();IH=he(Ws)});function qce(r){SH=r.wasm.cwrap(Ts,null,["number","number","number","number","number","number","array","number","number","number"])}function Kce(r){let{backend:e,inputs:t,attrs:o}=r,{tensor:n,indices:s,updates:a}=t,{}=o,c=e.makeOutput(n.shape,n.dtype);if(b.sizeFromShape(n.shape)===0)return c;let{sliceRank:u,numUpdates:i,sliceSize:l,strides:p,outputSize:m}=$i.calculateShapes(a,s,n.shape),d=e.dataIdMap.get(s.dataId).id,g=e.dataIdMap.get(a.dataId).id,y=e.dataIdMap.get(n.dataId).id,w=new Uint8Array(new Int32Array(p).buffer),C=e.dataIdMap.get(c.dataId).id;return SH(d,g,ve[a.dtype],u,i,l,w,m,C,y),c}var SH,kH,_H=I(()=>{v();ct();kH={kernelName:Ts,backendName:"wasm",setupFunc:qce,kernelFunc:Kce}});function jce(r){TH=r.wasm.cwrap(xo,null,["number","array","number","array","number","number"])}function Xce(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,s=t.dataIdMap.get(n.dataId).id,{reps:a}=o,c=new Array(n.shape.length);for(let m=0;m<c.length;m++)c[m]=n.shape[m]*a[m];let u=new Uint8Array(new Int32Array(n.shape).buffer),i=new Uint8Array(new Int32Array(c).buffer),l=t.makeOutput(c,n.dtype),p=t.dataIdMap.get(l.dataId).id;return TH(s,u,n.shape.length,i,c.length,ve[l.dtype],p),l}var TH,NH,EH=I(()=>{v();ct();NH={kernelName:xo,backendName:"wasm",setupFunc:jce,kernelFunc:Xce}});function Yce(r){$H=r.wasm.cwrap(Vs,null,["number","array","number","number","number","bool","number","number"])}var $H,Jce,AH,RH=I(()=>{v();ct();Jce=({inputs:r,backend:e,attrs:t})=>{let{x:o}=r,{k:n,sorted:s}=t,a=e.dataIdMap.get(o.dataId).id,c=new Uint8Array(new Int32Array(o.shape).buffer),u=o.shape.slice();u[u.length-1]=n;let i=e.makeOutput(u,o.dtype),l=e.dataIdMap.get(i.dataId).id,p=e.makeOutput(u,"int32"),m=e.dataIdMap.get(p.dataId).id;return $H(a,c,o.shape.length,ve[o.dtype],n,s,l,m),[i,p]},AH={kernelName:Vs,backendName:"wasm",setupFunc:Yce,kernelFunc:Jce}});function Zce(r){DH=r.wasm.cwrap(Gs,null,["number","number","bool","number","number","number","number","number","number","array","number","array","number","number","number","number","number"])}function Qce(r){let{backend:e,inputs:t,attrs:o}=r,{image:n,transforms:s}=t,{interpolation:a,fillMode:c,fillValue:u,outputShape:i}=o,[l,p,m,f]=n.shape,[d,h]=i??[p,m],g=[l,d,h,f],x=new Uint8Array(new Int32Array(b.computeStrides(n.shape)).buffer),y=new Uint8Array(new Int32Array(b.computeStrides(g)).buffer),w=e.makeOutput(g,n.dtype),C=e.dataIdMap.get(w.dataId).id,$=e.dataIdMap.get(n.dataId).id,R=e.dataIdMap.get(s.dataId).id,F=a==="nearest"?1:2,M;switch(c){case"constant":M=1;break;case"reflect":M=2;break;case"wrap":M=3;break;case"nearest":M=4;break;default:M=1;break}return DH($,R,s.shape[0]>1,l,d,h,f,m,p,x,n.shape.length-1,y,g.length-1,F,M,u,C),w}var DH,FH,MH=I(()=>{v();FH={kernelName:Gs,backendName:"wasm",setupFunc:Zce,kernelFunc:Qce}});function eue(r){let{inputs:e,attrs:t,backend:o}=r,{axis:n}=t,{x:s}=e,{outputValues:a,outputShape:c,indices:u}=qu(o.readSync(s.dataId),n,s.shape,s.dtype);return[o.makeOutput(c,s.dtype,void 0,a),o.makeOutput([u.length],"int32",void 0,u)]}var PH,OH=I(()=>{v();Dc();PH={kernelName:li,backendName:"wasm",kernelFunc:eue}});function tue(r){let{inputs:e,backend:t,attrs:o}=r,{value:n}=e,{axis:s}=o;s<0&&(s+=n.shape.length);let a=n.shape[s],c=n.shape.length,u=new Array(c-1),i=0;for(let f=0;f<c;f++)f!==s&&(u[i++]=n.shape[f]);let l=new Array(a),p=new Array(c).fill(0),m=n.shape.slice();m[s]=1;for(let f=0;f<l.length;f++)p[s]=f,l[f]=Fo({inputs:{x:n},attrs:{begin:p,size:m},backend:t});return l.map(({dataId:f,dtype:d})=>({dataId:f,dtype:d,shape:u}))}var BH,LH=I(()=>{v();il();BH={kernelName:pi,backendName:"wasm",kernelFunc:tue}});function rue(r){let{inputs:{x:e},backend:t}=r,o=t.makeOutput(e.shape,e.dtype);return t.typedArrayFromHeap(o).fill(0),o}var WH,VH=I(()=>{v();WH={kernelName:mi,backendName:"wasm",kernelFunc:rue}});var oue,GH=I(()=>{v();GL();zL();qL();jL();YL();QL();sW();cW();lW();mW();dW();gW();bW();wW();IW();kW();NW();AW();FW();BW();VW();zW();qW();jW();Li();JW();eV();dS();nV();iV();lV();fV();gV();bV();wV();CV();_V();EV();RV();MV();BV();VV();zV();KV();YV();ZV();tG();oG();sG();iG();gS();lG();bS();dG();gG();bG();vG();SG();TG();$G();DG();MG();OG();Zm();LG();VG();UG();qG();jG();YG();QG();tU();oU();sU();iU();uU();pU();dU();xU();wU();IU();kU();NU();AU();FU();OU();WU();UU();HU();jU();QU();tz();oz();sz();cz();pz();dz();gz();yz();vz();Cz();IS();_z();Ez();Rz();Fz();Pz();Bz();Wz();Gz();ma();Hz();jz();Jz();e4();o4();a4();c4();l4();f4();g4();y4();v4();S4();_4();N4();$4();il();vS();R4();F4();O4();W4();U4();H4();j4();Y4();Z4();eH();rH();sH();cH();lH();mH();dH();gH();yH();vH();CH();_H();EH();RH();MH();al();OH();LH();VH();oue=[VL,UL,HL,KL,XL,ZL,nW,iW,uW,pW,fW,hW,xW,yW,vW,SW,DW,TW,$W,OW,WW,UW,HW,KW,XW,YW,QW,tV,oV,aV,uV,mV,hV,xV,yV,IV,kV,NV,AV,FV,OV,WV,UV,qV,XV,JV,eG,rG,nG,aG,cG,uG,pG,fG,hG,xG,wG,CG,_G,EG,RG,FG,PG,eW,BG,WG,GG,HG,KG,XG,ZG,rU,eU,nU,aU,cU,lU,fU,gU,yU,vU,SU,TU,$U,DU,PU,LU,GU,zU,KU,ZU,ez,rz,nz,iz,lz,fz,hz,bz,wz,Iz,Ux,kz,Nz,Az,Dz,Mz,Oz,Lz,Vz,MW,zz,Kz,Yz,Qz,r4,s4,i4,u4,m4,h4,b4,w4,C4,k4,T4,E4,LW,YU,A4,D4,P4,L4,G4,z4,K4,X4,J4,Q4,tH,nH,iH,uH,pH,fH,hH,bH,wH,IH,kH,NH,AH,FH,rW,PH,BH,WH];for(let r of oue)Qi(r)});var SS,kS=I(()=>{v();SS=P();SS.registerFlag("WASM_HAS_SIMD_SUPPORT",async()=>{try{return WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,9,1,7,0,65,0,253,15,26,11]))}catch{return!1}});SS.registerFlag("WASM_HAS_MULTITHREAD_SUPPORT",async()=>{if(SS.get("IS_NODE"))return!1;try{return new MessageChannel().port1.postMessage(new SharedArrayBuffer(1)),WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,5,4,1,3,1,1,10,11,1,9,0,65,0,254,16,2,0,26,11]))}catch{return!1}})});var _S=Kt(()=>{});var TS=Kt(()=>{});var UH=Kt(()=>{});var zH=Kt(()=>{});var HH=Kt(()=>{});var qH=Kt((qx,ES)=>{var NS=(()=>{var r=typeof document<"u"&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<"u"&&(r=r||__filename),(function(e){e=e||{};function t(){return ne.buffer!=Me&&Et(ne.buffer),rt}function o(){return ne.buffer!=Me&&Et(ne.buffer),st}function n(){return ne.buffer!=Me&&Et(ne.buffer),dt}function s(){return ne.buffer!=Me&&Et(ne.buffer),Hr}function a(){return ne.buffer!=Me&&Et(ne.buffer),Ot}function c(){return ne.buffer!=Me&&Et(ne.buffer),ro}function u(){return ne.buffer!=Me&&Et(ne.buffer),pr}var i=typeof e<"u"?e:{},l,p;i.ready=new Promise(function(D,U){l=D,p=U});var m;typeof process<"u"&&process.listeners&&(m={uncaughtException:process.listeners("uncaughtException"),unhandledRejection:process.listeners("unhandledRejection")});var f=Object.assign({},i),d=[],h="./this.program",g=(D,U)=>{throw U},x=typeof window=="object",y=typeof importScripts=="function",w=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string",C=i.ENVIRONMENT_IS_PTHREAD||!1,T="";function $(D){return i.locateFile?i.locateFile(D,T):T+D}var A,R,F,M;function L(D){if(D instanceof Mc)return;X("exiting due to exception: "+D)}if(w){var W=_S(),G=TS();y?T=G.dirname(T)+"/":T=__dirname+"/",A=(U,le)=>(U=ll(U)?new URL(U):G.normalize(U),W.readFileSync(U,le?void 0:"utf8")),F=U=>{var le=A(U,!0);return le.buffer||(le=new Uint8Array(le)),le},R=(U,le,Ee)=>{U=ll(U)?new URL(U):G.normalize(U),W.readFile(U,function(Ve,Le){Ve?Ee(Ve):le(Le.buffer)})},process.argv.length>1&&(h=process.argv[1].replace(/\\/g,"/")),d=process.argv.slice(2),process.on("uncaughtException",function(U){if(!(U instanceof Mc))throw U}),process.on("unhandledRejection",function(U){throw U}),g=(U,le)=>{if(Po())throw process.exitCode=U,le;L(le),process.exit(U)},i.inspect=function(){return"[Emscripten Module object]"};let D;try{D=UH()}catch(U){throw console.error('The "worker_threads" module is not supported in this node.js build - perhaps a newer version is needed?'),U}global.Worker=D.Worker}else(x||y)&&(y?T=self.location.href:typeof document<"u"&&document.currentScript&&(T=document.currentScript.src),typeof r<"u"&&r&&(T=r),T.indexOf("blob:")!==0?T=T.substr(0,T.replace(/[?#].*/,"").lastIndexOf("/")+1):T="",w||(A=D=>{var U=new XMLHttpRequest;return U.open("GET",D,!1),U.send(null),U.responseText},y&&(F=D=>{var U=new XMLHttpRequest;return U.open("GET",D,!1),U.responseType="arraybuffer",U.send(null),new Uint8Array(U.response)}),R=(D,U,le)=>{var Ee=new XMLHttpRequest;Ee.open("GET",D,!0),Ee.responseType="arraybuffer",Ee.onload=()=>{if(Ee.status==200||Ee.status==0&&Ee.response){U(Ee.response);return}le()},Ee.onerror=le,Ee.send(null)}),M=D=>document.title=D);w&&typeof performance>"u"&&(global.performance=zH().performance);var q=console.log.bind(console),H=console.warn.bind(console);w&&(q=D=>W.writeSync(1,D+`
`),H=D=>W.writeSync(2,D+`
`));var j=i.print||q,X=i.printErr||H;Object.assign(i,f),f=null,i.arguments&&(d=i.arguments),i.thisProgram&&(h=i.thisProgram),i.quit&&(g=i.quit);var J=4,ee=Atomics.load,ae=Atomics.store,oe=Atomics.compareExchange,ie;i.wasmBinary&&(ie=i.wasmBinary);var re=i.noExitRuntime||!0;typeof WebAssembly!="object"&&Fc("no native wasm support detected");var ne,ue,pe=!1,ge;function ke(D,U){D||Fc(U)}var Se=typeof TextDecoder<"u"?new TextDecoder("utf8"):void 0;function Fe(D,U,le){U>>>=0;for(var Ee=U+le,Ve=U;D[Ve]&&!(Ve>=Ee);)++Ve;if(Ve-U>16&&D.buffer&&Se)return Se.decode(D.buffer instanceof SharedArrayBuffer?D.slice(U,Ve):D.subarray(U,Ve));for(var Le="";U<Ve;){var xe=D[U++];if(!(xe&128)){Le+=String.fromCharCode(xe);continue}var Te=D[U++]&63;if((xe&224)==192){Le+=String.fromCharCode((xe&31)<<6|Te);continue}var Ft=D[U++]&63;if((xe&240)==224?xe=(xe&15)<<12|Te<<6|Ft:xe=(xe&7)<<18|Te<<12|Ft<<6|D[U++]&63,xe<65536)Le+=String.fromCharCode(xe);else{var ao=xe-65536;Le+=String.fromCharCode(55296|ao>>10,56320|ao&1023)}}return Le}function Ae(D,U){return D>>>=0,D?Fe(o(),D,U):""}function Ze(D,U,le,Ee){if(le>>>=0,!(Ee>0))return 0;for(var Ve=le,Le=le+Ee-1,xe=0;xe<D.length;++xe){var Te=D.charCodeAt(xe);if(Te>=55296&&Te<=57343){var Ft=D.charCodeAt(++xe);Te=65536+((Te&1023)<<10)|Ft&1023}if(Te<=127){if(le>=Le)break;U[le++>>>0]=Te}else if(Te<=2047){if(le+1>=Le)break;U[le++>>>0]=192|Te>>6,U[le++>>>0]=128|Te&63}else if(Te<=65535){if(le+2>=Le)break;U[le++>>>0]=224|Te>>12,U[le++>>>0]=128|Te>>6&63,U[le++>>>0]=128|Te&63}else{if(le+3>=Le)break;U[le++>>>0]=240|Te>>18,U[le++>>>0]=128|Te>>12&63,U[le++>>>0]=128|Te>>6&63,U[le++>>>0]=128|Te&63}}return U[le>>>0]=0,le-Ve}function Re(D,U,le){return Ze(D,o(),U,le)}var Me,rt,st,dt,ht,Hr,Ot,ro,pr;C&&(Me=i.buffer);function Et(D){Me=D,i.HEAP8=rt=new Int8Array(D),i.HEAP16=dt=new Int16Array(D),i.HEAP32=Hr=new Int32Array(D),i.HEAPU8=st=new Uint8Array(D),i.HEAPU16=ht=new Uint16Array(D),i.HEAPU32=Ot=new Uint32Array(D),i.HEAPF32=ro=new Float32Array(D),i.HEAPF64=pr=new Float64Array(D)}var mr=i.INITIAL_MEMORY||16777216;if(C)ne=i.wasmMemory,Me=i.buffer;else if(i.wasmMemory)ne=i.wasmMemory;else if(ne=new WebAssembly.Memory({initial:mr/65536,maximum:65536,shared:!0}),!(ne.buffer instanceof SharedArrayBuffer))throw X("requested a shared WebAssembly.Memory but the returned buffer is not a SharedArrayBuffer, indicating that while the browser has SharedArrayBuffer it does not have WebAssembly threads support - you may need to set a flag"),w&&X("(on node you may need: --experimental-wasm-threads --experimental-wasm-bulk-memory and/or recent version)"),Error("bad memory");ne&&(Me=ne.buffer),mr=Me.byteLength,Et(Me);var fr,oo=[],no=[],vr=[],da=!1;function Po(){return re}function cn(){if(i.preRun)for(typeof i.preRun=="function"&&(i.preRun=[i.preRun]);i.preRun.length;)Np(i.preRun.shift());Ap(oo)}function or(){da=!0,!C&&Ap(no)}function ha(){if(!C){if(i.postRun)for(typeof i.postRun=="function"&&(i.postRun=[i.postRun]);i.postRun.length;)US(i.postRun.shift());Ap(vr)}}function Np(D){oo.unshift(D)}function Ep(D){no.unshift(D)}function US(D){vr.unshift(D)}var Wi=0,ul=null,ga=null;function Zx(D){Wi++,i.monitorRunDependencies&&i.monitorRunDependencies(Wi)}function nf(D){if(Wi--,i.monitorRunDependencies&&i.monitorRunDependencies(Wi),Wi==0&&(ul!==null&&(clearInterval(ul),ul=null),ga)){var U=ga;ga=null,U()}}function Fc(D){i.onAbort&&i.onAbort(D),D="Aborted("+D+")",X(D),pe=!0,ge=1,D+=". Build with -sASSERTIONS for more info.";var U=new WebAssembly.RuntimeError(D);throw p(U),U}var Qx="data:application/octet-stream;base64,";function sf(D){return D.startsWith(Qx)}function ll(D){return D.startsWith("file://")}var Ir;Ir="tfjs-backend-wasm-threaded-simd.wasm",sf(Ir)||(Ir=$(Ir));function af(D){try{if(D==Ir&&ie)return new Uint8Array(ie);if(F)return F(D);throw"both async and sync fetching of the wasm failed"}catch(U){Fc(U)}}function eb(){if(!ie&&(x||y)){if(typeof fetch=="function"&&!ll(Ir))return fetch(Ir,{credentials:"same-origin"}).then(function(D){if(!D.ok)throw"failed to load wasm binary file at '"+Ir+"'";return D.arrayBuffer()}).catch(function(){return af(Ir)});if(R)return new Promise(function(D,U){R(Ir,function(le){D(new Uint8Array(le))},U)})}return Promise.resolve().then(function(){return af(Ir)})}function tb(){var D={env:wf,wasi_snapshot_preview1:wf};function U(xe,Te){var Ft=xe.exports;if(i.asm=Ft,lb(i.asm._emscripten_tls_init),fr=i.asm.__indirect_function_table,Ep(i.asm.__wasm_call_ctors),ue=Te,!C){var ao=Be.unusedWorkers.length;Be.unusedWorkers.forEach(function(ba){Be.loadWasmModuleToWorker(ba,function(){--ao||nf("wasm-instantiate")})})}}C||Zx("wasm-instantiate");function le(xe){U(xe.instance,xe.module)}function Ee(xe){return eb().then(function(Te){return WebAssembly.instantiate(Te,D)}).then(function(Te){return Te}).then(xe,function(Te){X("failed to asynchronously prepare wasm: "+Te),Fc(Te)})}function Ve(){return!ie&&typeof WebAssembly.instantiateStreaming=="function"&&!sf(Ir)&&!ll(Ir)&&!w&&typeof fetch=="function"?fetch(Ir,{credentials:"same-origin"}).then(function(xe){var Te=WebAssembly.instantiateStreaming(xe,D);return Te.then(le,function(Ft){return X("wasm streaming compile failed: "+Ft),X("falling back to ArrayBuffer instantiation"),Ee(le)})}):Ee(le)}if(i.instantiateWasm)try{var Le=i.instantiateWasm(D,U);return Le}catch(xe){X("Module.instantiateWasm callback failed with error: "+xe),p(xe)}return Ve().catch(p),{}}var zS,HS,cf={};function Mc(D){this.name="ExitStatus",this.message="Program terminated with exit("+D+")",this.status=D}function rb(D){var U=Be.pthreads[D];delete Be.pthreads[D],U.terminate(),_w(D),Be.runningWorkers.splice(Be.runningWorkers.indexOf(U),1),U.pthread_ptr=0}function ob(D){var U=Be.pthreads[D];U.postMessage({cmd:"cancel"})}function $p(D){var U=Be.pthreads[D];ke(U),Be.returnWorkerToPool(U)}function nb(D){var U=Be.getNewWorker();if(!U)return 6;Be.runningWorkers.push(U),Be.pthreads[D.pthread_ptr]=U,U.pthread_ptr=D.pthread_ptr;var le={cmd:"run",start_routine:D.startRoutine,arg:D.arg,pthread_ptr:D.pthread_ptr};return U.runPthread=()=>{w&&U.ref(),U.postMessage(le,D.transferList),delete U.runPthread},U.loaded&&U.runPthread(),0}var uf={varargs:void 0,get:function(){uf.varargs+=4;var D=s()[uf.varargs-4>>>2];return D},getStr:function(D){var U=Ae(D);return U}};function lf(D){if(C)return Vi(1,1,D);ge=D,Po()||(Be.terminateAllThreads(),i.onExit&&i.onExit(D),pe=!0),g(D,new Mc(D))}function sb(D,U){if(ge=D,!U&&C)throw mf(D),"unwind";lf(D)}var pf=sb;function ab(D){if(D instanceof Mc||D=="unwind")return ge;g(1,D)}var Be={unusedWorkers:[],runningWorkers:[],tlsInitFunctions:[],pthreads:{},init:function(){C?Be.initWorker():Be.initMainThread()},initMainThread:function(){for(var D=8;D--;)Be.allocateUnusedWorker()},initWorker:function(){re=!1},setExitStatus:function(D){ge=D},terminateAllThreads:function(){for(var D of Object.values(Be.pthreads))Be.returnWorkerToPool(D);for(var D of Be.unusedWorkers)D.terminate();Be.unusedWorkers=[]},returnWorkerToPool:function(D){var U=D.pthread_ptr;delete Be.pthreads[U],Be.unusedWorkers.push(D),Be.runningWorkers.splice(Be.runningWorkers.indexOf(D),1),D.pthread_ptr=0,w&&D.unref(),_w(U)},receiveObjectTransfer:function(D){},threadInitTLS:function(){Be.tlsInitFunctions.forEach(D=>D())},loadWasmModuleToWorker:function(D,U){D.onmessage=Le=>{var xe=Le.data,Te=xe.cmd;if(D.pthread_ptr&&(Be.currentProxiedOperationCallerThread=D.pthread_ptr),xe.targetThread&&xe.targetThread!=_f()){var Ft=Be.pthreads[xe.targetThread];Ft?Ft.postMessage(xe,xe.transferList):X('Internal error! Worker sent a message "'+Te+'" to target pthread '+xe.targetThread+", but that thread no longer exists!"),Be.currentProxiedOperationCallerThread=void 0;return}Te==="processProxyingQueue"?Rp(xe.queue):Te==="spawnThread"?nb(xe):Te==="cleanupThread"?$p(xe.thread):Te==="killThread"?rb(xe.thread):Te==="cancelThread"?ob(xe.thread):Te==="loaded"?(D.loaded=!0,w&&D.unref(),U&&U(D),D.runPthread&&D.runPthread()):Te==="print"?j("Thread "+xe.threadId+": "+xe.text):Te==="printErr"?X("Thread "+xe.threadId+": "+xe.text):Te==="alert"?alert("Thread "+xe.threadId+": "+xe.text):xe.target==="setimmediate"?D.postMessage(xe):Te==="callHandler"?i[xe.handler](...xe.args):Te&&X("worker sent an unknown command "+Te),Be.currentProxiedOperationCallerThread=void 0},D.onerror=Le=>{var xe="worker sent an error!";throw X(xe+" "+Le.filename+":"+Le.lineno+": "+Le.message),Le},w&&(D.on("message",function(Le){D.onmessage({data:Le})}),D.on("error",function(Le){D.onerror(Le)}),D.on("detachedExit",function(){}));var le=[],Ee=["onExit","onAbort","print","printErr"];for(var Ve of Ee)i.hasOwnProperty(Ve)&&le.push(Ve);D.postMessage({cmd:"load",handlers:le,urlOrBlob:i.mainScriptUrlOrBlob||r,wasmMemory:ne,wasmModule:ue})},allocateUnusedWorker:function(){var D,U=$("tfjs-backend-wasm-threaded-simd.worker.js");D=new Worker(U),Be.unusedWorkers.push(D)},getNewWorker:function(){return Be.unusedWorkers.length==0&&(Be.allocateUnusedWorker(),Be.loadWasmModuleToWorker(Be.unusedWorkers[0])),Be.unusedWorkers.pop()}};i.PThread=Be;function Ap(D){for(;D.length>0;)D.shift()(i)}function ib(){var D=_f(),U=s()[D+52>>>2],le=s()[D+56>>>2],Ee=U-le;JS(U,Ee),Tf(U)}i.establishStackSpace=ib;function mf(D){if(C)return Vi(2,0,D);try{pf(D)}catch(U){ab(U)}}var pl=[];function cb(D){var U=pl[D];return U||(D>=pl.length&&(pl.length=D+1),pl[D]=U=fr.get(D)),U}function ub(D,U){var le=cb(D)(U);Po()?Be.setExitStatus(le):YS(le)}i.invokeEntryPoint=ub;function lb(D){Be.tlsInitFunctions.push(D)}function pb(D){KS(D,!y,1,!x),Be.threadInitTLS()}function mb(D){C?postMessage({cmd:"cleanupThread",thread:D}):$p(D)}function ff(D,U,le,Ee){return C?Vi(3,1,D,U,le,Ee):df(D,U,le,Ee)}function df(D,U,le,Ee){if(typeof SharedArrayBuffer>"u")return X("Current environment does not support SharedArrayBuffer, pthreads are not available!"),6;var Ve=[],Le=0;if(C&&(Ve.length===0||Le))return ff(D,U,le,Ee);if(Le)return Le;var xe={startRoutine:le,pthread_ptr:D,arg:Ee,transferList:Ve};return C?(xe.cmd="spawnThread",postMessage(xe,Ve),0):nb(xe)}function fb(){return 65536}var db=!0;function hb(){return db}function Rp(D){Atomics.store(s(),D>>2,1),_f()&&XS(D),Atomics.compareExchange(s(),D>>2,1,0)}i.executeNotifiedProxyingQueue=Rp;function gb(D,U,le,Ee){if(D==U)setTimeout(()=>Rp(Ee));else if(C)postMessage({targetThread:D,cmd:"processProxyingQueue",queue:Ee});else{var Ve=Be.pthreads[D];if(!Ve)return;Ve.postMessage({cmd:"processProxyingQueue",queue:Ee})}return 1}function xb(D,U,le){return-1}function bb(){Fc("")}function Pc(D){Pc.shown||(Pc.shown={}),Pc.shown[D]||(Pc.shown[D]=1,w&&(D="warning: "+D),X(D))}function yb(){w||y||Pc("Blocking on the main thread is very dangerous, see https://emscripten.org/docs/porting/pthreads.html#blocking-on-the-main-browser-thread")}function wb(){return Date.now()}function hf(){return 4294901760}function vb(){return hf()}var Dp;w?Dp=()=>{var D=process.hrtime();return D[0]*1e3+D[1]/1e6}:Dp=()=>performance.timeOrigin+performance.now();function Ib(D,U,le){o().copyWithin(D>>>0,U>>>0,U+le>>>0)}function Cb(){return w?HH().cpus().length:navigator.hardwareConcurrency}function Sb(D){var U=Tw(),le=D();return Tf(U),le}function Vi(D,U){var le=arguments.length-2,Ee=arguments;return Sb(()=>{for(var Ve=le,Le=Nf(Ve*8),xe=Le>>3,Te=0;Te<le;Te++){var Ft=Ee[2+Te];u()[xe+Te>>>0]=Ft}return jS(D,Ve,Le,U)})}var Fp=[];function kb(D,U,le){Fp.length=U;for(var Ee=le>>3,Ve=0;Ve<U;Ve++)Fp[Ve]=u()[Ee+Ve>>>0];var Le=D<0,xe=Le?cf[-D-1]:Fb[D];return xe.apply(null,Fp)}function _b(D){try{return ne.grow(D-Me.byteLength+65535>>>16),Et(ne.buffer),1}catch{}}function Tb(D){var U=o().length;if(D=D>>>0,D<=U)return!1;var le=hf();if(D>le)return!1;let Ee=(Ft,ao)=>Ft+(ao-Ft%ao)%ao;for(var Ve=1;Ve<=4;Ve*=2){var Le=U*(1+.2/Ve);Le=Math.min(Le,D+100663296);var xe=Math.min(le,Ee(Math.max(D,Le),65536)),Te=_b(xe);if(Te)return!0}return!1}function Nb(){throw"unwind"}function gf(D){return C?Vi(4,1,D):52}function xf(D,U,le,Ee,Ve){return C?Vi(5,1,D,U,le,Ee,Ve):70}var Eb=[null,[],[]];function $b(D,U){var le=Eb[D];U===0||U===10?((D===1?j:X)(Fe(le,0)),le.length=0):le.push(U)}function bf(D,U,le,Ee){if(C)return Vi(6,1,D,U,le,Ee);for(var Ve=0,Le=0;Le<le;Le++){var xe=a()[U>>>2],Te=a()[U+4>>>2];U+=8;for(var Ft=0;Ft<Te;Ft++)$b(D,o()[xe+Ft>>>0]);Ve+=Te}return a()[Ee>>>2]=Ve,0}function yf(D){var U=i["_"+D];return U}function Ab(D,U){t().set(D,U>>>0)}function Rb(D,U,le,Ee,Ve){var Le={string:qr=>{var hl=0;if(qr!=null&&qr!==0){var ek=(qr.length<<2)+1;hl=Nf(ek),Re(qr,hl,ek)}return hl},array:qr=>{var hl=Nf(qr.length);return Ab(qr,hl),hl}};function xe(qr){return U==="string"?Ae(qr):U==="boolean"?!!qr:qr}var Te=yf(D),Ft=[],ao=0;if(Ee)for(var ba=0;ba<Ee.length;ba++){var QS=Le[le[ba]];QS?(ao===0&&(ao=Tw()),Ft[ba]=QS(Ee[ba])):Ft[ba]=Ee[ba]}var Nw=Te.apply(null,Ft);function Jq(qr){return ao!==0&&Tf(ao),xe(qr)}return Nw=Jq(Nw),Nw}function Db(D,U,le,Ee){le=le||[];var Ve=le.every(xe=>xe==="number"||xe==="boolean"),Le=U!=="string";return Le&&Ve&&!Ee?yf(D):function(){return Rb(D,U,le,arguments,Ee)}}Be.init();var Fb=[null,lf,mf,ff,gf,xf,bf],wf={__emscripten_init_main_thread_js:pb,__emscripten_thread_cleanup:mb,__pthread_create_js:df,_emscripten_default_pthread_stack_size:fb,_emscripten_get_now_is_monotonic:hb,_emscripten_notify_task_queue:gb,_emscripten_set_offscreencanvas_size:xb,abort:bb,emscripten_check_blocking_allowed:yb,emscripten_date_now:wb,emscripten_get_heap_max:vb,emscripten_get_now:Dp,emscripten_memcpy_big:Ib,emscripten_num_logical_cores:Cb,emscripten_receive_on_main_thread_js:kb,emscripten_resize_heap:Tb,emscripten_unwind_to_js_event_loop:Nb,exit:pf,fd_close:gf,fd_seek:xf,fd_write:bf,memory:ne||i.wasmMemory},qS=tb(),Mb=i.___wasm_call_ctors=function(){return(Mb=i.___wasm_call_ctors=i.asm.__wasm_call_ctors).apply(null,arguments)},Pb=i._init=function(){return(Pb=i._init=i.asm.init).apply(null,arguments)},Ob=i._init_with_threads_count=function(){return(Ob=i._init_with_threads_count=i.asm.init_with_threads_count).apply(null,arguments)},Bb=i._get_threads_count=function(){return(Bb=i._get_threads_count=i.asm.get_threads_count).apply(null,arguments)},Lb=i._register_tensor=function(){return(Lb=i._register_tensor=i.asm.register_tensor).apply(null,arguments)},Wb=i._dispose_data=function(){return(Wb=i._dispose_data=i.asm.dispose_data).apply(null,arguments)},Vb=i._dispose=function(){return(Vb=i._dispose=i.asm.dispose).apply(null,arguments)},Gb=i._Abs=function(){return(Gb=i._Abs=i.asm.Abs).apply(null,arguments)},Ub=i._Acos=function(){return(Ub=i._Acos=i.asm.Acos).apply(null,arguments)},zb=i._Acosh=function(){return(zb=i._Acosh=i.asm.Acosh).apply(null,arguments)},Hb=i._Add=function(){return(Hb=i._Add=i.asm.Add).apply(null,arguments)},qb=i._AddN=function(){return(qb=i._AddN=i.asm.AddN).apply(null,arguments)},Kb=i._All=function(){return(Kb=i._All=i.asm.All).apply(null,arguments)},jb=i._Any=function(){return(jb=i._Any=i.asm.Any).apply(null,arguments)},Xb=i._ArgMax=function(){return(Xb=i._ArgMax=i.asm.ArgMax).apply(null,arguments)},Yb=i._ArgMin=function(){return(Yb=i._ArgMin=i.asm.ArgMin).apply(null,arguments)},Jb=i._Asin=function(){return(Jb=i._Asin=i.asm.Asin).apply(null,arguments)},Zb=i._Asinh=function(){return(Zb=i._Asinh=i.asm.Asinh).apply(null,arguments)},Qb=i._Atan=function(){return(Qb=i._Atan=i.asm.Atan).apply(null,arguments)},ey=i._Atan2=function(){return(ey=i._Atan2=i.asm.Atan2).apply(null,arguments)},ty=i._Atanh=function(){return(ty=i._Atanh=i.asm.Atanh).apply(null,arguments)},ry=i._AvgPool=function(){return(ry=i._AvgPool=i.asm.AvgPool).apply(null,arguments)},oy=i._AvgPool3D=function(){return(oy=i._AvgPool3D=i.asm.AvgPool3D).apply(null,arguments)},ny=i._AvgPool3DGrad=function(){return(ny=i._AvgPool3DGrad=i.asm.AvgPool3DGrad).apply(null,arguments)},sy=i._AvgPoolGrad=function(){return(sy=i._AvgPoolGrad=i.asm.AvgPoolGrad).apply(null,arguments)},ay=i._BatchMatMul=function(){return(ay=i._BatchMatMul=i.asm.BatchMatMul).apply(null,arguments)},iy=i._Bincount=function(){return(iy=i._Bincount=i.asm.Bincount).apply(null,arguments)},cy=i._BitwiseAnd=function(){return(cy=i._BitwiseAnd=i.asm.BitwiseAnd).apply(null,arguments)},uy=i._Ceil=function(){return(uy=i._Ceil=i.asm.Ceil).apply(null,arguments)},ly=i._ClipByValue=function(){return(ly=i._ClipByValue=i.asm.ClipByValue).apply(null,arguments)},py=i._Conv2D=function(){return(py=i._Conv2D=i.asm.Conv2D).apply(null,arguments)},my=i._Conv2DBackpropInput=function(){return(my=i._Conv2DBackpropInput=i.asm.Conv2DBackpropInput).apply(null,arguments)},fy=i._Conv3D=function(){return(fy=i._Conv3D=i.asm.Conv3D).apply(null,arguments)},dy=i._Conv3DBackpropFilterV2=function(){return(dy=i._Conv3DBackpropFilterV2=i.asm.Conv3DBackpropFilterV2).apply(null,arguments)},hy=i._Conv3DBackpropInputV2=function(){return(hy=i._Conv3DBackpropInputV2=i.asm.Conv3DBackpropInputV2).apply(null,arguments)},gy=i._Cos=function(){return(gy=i._Cos=i.asm.Cos).apply(null,arguments)},xy=i._Cosh=function(){return(xy=i._Cosh=i.asm.Cosh).apply(null,arguments)},by=i._CropAndResize=function(){return(by=i._CropAndResize=i.asm.CropAndResize).apply(null,arguments)},yy=i._Cumprod=function(){return(yy=i._Cumprod=i.asm.Cumprod).apply(null,arguments)},wy=i._Cumsum=function(){return(wy=i._Cumsum=i.asm.Cumsum).apply(null,arguments)},vy=i._DenseBincount=function(){return(vy=i._DenseBincount=i.asm.DenseBincount).apply(null,arguments)},Iy=i._DepthToSpace=function(){return(Iy=i._DepthToSpace=i.asm.DepthToSpace).apply(null,arguments)},Cy=i._DepthwiseConv2dNative=function(){return(Cy=i._DepthwiseConv2dNative=i.asm.DepthwiseConv2dNative).apply(null,arguments)},Sy=i._Diag=function(){return(Sy=i._Diag=i.asm.Diag).apply(null,arguments)},ky=i._Dilation2D=function(){return(ky=i._Dilation2D=i.asm.Dilation2D).apply(null,arguments)},_y=i._Dilation2DBackpropFilter=function(){return(_y=i._Dilation2DBackpropFilter=i.asm.Dilation2DBackpropFilter).apply(null,arguments)},Ty=i._Dilation2DBackpropInput=function(){return(Ty=i._Dilation2DBackpropInput=i.asm.Dilation2DBackpropInput).apply(null,arguments)},Ny=i._Elu=function(){return(Ny=i._Elu=i.asm.Elu).apply(null,arguments)},Ey=i._EluGrad=function(){return(Ey=i._EluGrad=i.asm.EluGrad).apply(null,arguments)},$y=i._Equal=function(){return($y=i._Equal=i.asm.Equal).apply(null,arguments)},Ay=i._Erf=function(){return(Ay=i._Erf=i.asm.Erf).apply(null,arguments)},Ry=i._Exp=function(){return(Ry=i._Exp=i.asm.Exp).apply(null,arguments)},Dy=i._Expm1=function(){return(Dy=i._Expm1=i.asm.Expm1).apply(null,arguments)},Fy=i._FlipLeftRight=function(){return(Fy=i._FlipLeftRight=i.asm.FlipLeftRight).apply(null,arguments)},My=i._Floor=function(){return(My=i._Floor=i.asm.Floor).apply(null,arguments)},Py=i._FloorDiv=function(){return(Py=i._FloorDiv=i.asm.FloorDiv).apply(null,arguments)},Oy=i._FusedBatchNorm=function(){return(Oy=i._FusedBatchNorm=i.asm.FusedBatchNorm).apply(null,arguments)},By=i._FusedConv2D=function(){return(By=i._FusedConv2D=i.asm.FusedConv2D).apply(null,arguments)},Ly=i._FusedDepthwiseConv2D=function(){return(Ly=i._FusedDepthwiseConv2D=i.asm.FusedDepthwiseConv2D).apply(null,arguments)},Wy=i._Gather=function(){return(Wy=i._Gather=i.asm.Gather).apply(null,arguments)},Vy=i._GatherNd=function(){return(Vy=i._GatherNd=i.asm.GatherNd).apply(null,arguments)},Gy=i._Greater=function(){return(Gy=i._Greater=i.asm.Greater).apply(null,arguments)},Uy=i._GreaterEqual=function(){return(Uy=i._GreaterEqual=i.asm.GreaterEqual).apply(null,arguments)},zy=i._IsFinite=function(){return(zy=i._IsFinite=i.asm.IsFinite).apply(null,arguments)},Hy=i._IsInf=function(){return(Hy=i._IsInf=i.asm.IsInf).apply(null,arguments)},qy=i._IsNan=function(){return(qy=i._IsNan=i.asm.IsNan).apply(null,arguments)},Ky=i._LRN=function(){return(Ky=i._LRN=i.asm.LRN).apply(null,arguments)},jy=i._LRNGrad=function(){return(jy=i._LRNGrad=i.asm.LRNGrad).apply(null,arguments)},Xy=i._LeakyRelu=function(){return(Xy=i._LeakyRelu=i.asm.LeakyRelu).apply(null,arguments)},Yy=i._Less=function(){return(Yy=i._Less=i.asm.Less).apply(null,arguments)},Jy=i._LessEqual=function(){return(Jy=i._LessEqual=i.asm.LessEqual).apply(null,arguments)},Zy=i._LinSpace=function(){return(Zy=i._LinSpace=i.asm.LinSpace).apply(null,arguments)},Qy=i._Log=function(){return(Qy=i._Log=i.asm.Log).apply(null,arguments)},ew=i._Log1p=function(){return(ew=i._Log1p=i.asm.Log1p).apply(null,arguments)},tw=i._LogicalAnd=function(){return(tw=i._LogicalAnd=i.asm.LogicalAnd).apply(null,arguments)},rw=i._LogicalNot=function(){return(rw=i._LogicalNot=i.asm.LogicalNot).apply(null,arguments)},ow=i._LogicalOr=function(){return(ow=i._LogicalOr=i.asm.LogicalOr).apply(null,arguments)},nw=i._LogicalXor=function(){return(nw=i._LogicalXor=i.asm.LogicalXor).apply(null,arguments)},sw=i._Max=function(){return(sw=i._Max=i.asm.Max).apply(null,arguments)},aw=i._MaxPool=function(){return(aw=i._MaxPool=i.asm.MaxPool).apply(null,arguments)},iw=i._MaxPool3D=function(){return(iw=i._MaxPool3D=i.asm.MaxPool3D).apply(null,arguments)},cw=i._MaxPool3DGrad=function(){return(cw=i._MaxPool3DGrad=i.asm.MaxPool3DGrad).apply(null,arguments)},uw=i._MaxPoolGrad=function(){return(uw=i._MaxPoolGrad=i.asm.MaxPoolGrad).apply(null,arguments)},lw=i._MaxPoolWithArgmax=function(){return(lw=i._MaxPoolWithArgmax=i.asm.MaxPoolWithArgmax).apply(null,arguments)},pw=i._Maximum=function(){return(pw=i._Maximum=i.asm.Maximum).apply(null,arguments)},mw=i._Mean=function(){return(mw=i._Mean=i.asm.Mean).apply(null,arguments)},fw=i._Min=function(){return(fw=i._Min=i.asm.Min).apply(null,arguments)},dw=i._Minimum=function(){return(dw=i._Minimum=i.asm.Minimum).apply(null,arguments)},hw=i._MirrorPad=function(){return(hw=i._MirrorPad=i.asm.MirrorPad).apply(null,arguments)},gw=i._Mod=function(){return(gw=i._Mod=i.asm.Mod).apply(null,arguments)},xw=i._Multinomial=function(){return(xw=i._Multinomial=i.asm.Multinomial).apply(null,arguments)},bw=i._Multiply=function(){return(bw=i._Multiply=i.asm.Multiply).apply(null,arguments)},yw=i._Neg=function(){return(yw=i._Neg=i.asm.Neg).apply(null,arguments)},ww=i._NonMaxSuppressionV3=function(){return(ww=i._NonMaxSuppressionV3=i.asm.NonMaxSuppressionV3).apply(null,arguments)},vw=i._NonMaxSuppressionV4=function(){return(vw=i._NonMaxSuppressionV4=i.asm.NonMaxSuppressionV4).apply(null,arguments)},vf=i._NonMaxSuppressionV5=function(){return(vf=i._NonMaxSuppressionV5=i.asm.NonMaxSuppressionV5).apply(null,arguments)},If=i._NotEqual=function(){return(If=i._NotEqual=i.asm.NotEqual).apply(null,arguments)},Mp=i._OneHot=function(){return(Mp=i._OneHot=i.asm.OneHot).apply(null,arguments)},Iw=i._PadV2=function(){return(Iw=i._PadV2=i.asm.PadV2).apply(null,arguments)},Cw=i._Pow=function(){return(Cw=i._Pow=i.asm.Pow).apply(null,arguments)},ml=i._Prelu=function(){return(ml=i._Prelu=i.asm.Prelu).apply(null,arguments)},Cf=i._Prod=function(){return(Cf=i._Prod=i.asm.Prod).apply(null,arguments)},fl=i._RealDiv=function(){return(fl=i._RealDiv=i.asm.RealDiv).apply(null,arguments)},dl=i._Reciprocal=function(){return(dl=i._Reciprocal=i.asm.Reciprocal).apply(null,arguments)},Sw=i._Relu=function(){return(Sw=i._Relu=i.asm.Relu).apply(null,arguments)},K=i._Relu6=function(){return(K=i._Relu6=i.asm.Relu6).apply(null,arguments)},ce=i._ResizeBilinear=function(){return(ce=i._ResizeBilinear=i.asm.ResizeBilinear).apply(null,arguments)},Ne=i._ResizeBilinearGrad=function(){return(Ne=i._ResizeBilinearGrad=i.asm.ResizeBilinearGrad).apply(null,arguments)},ut=i._ResizeNearestNeighbor=function(){return(ut=i._ResizeNearestNeighbor=i.asm.ResizeNearestNeighbor).apply(null,arguments)},$t=i._ResizeNearestNeighborGrad=function(){return($t=i._ResizeNearestNeighborGrad=i.asm.ResizeNearestNeighborGrad).apply(null,arguments)},At=i._Reverse=function(){return(At=i._Reverse=i.asm.Reverse).apply(null,arguments)},Je=i._RotateWithOffset=function(){return(Je=i._RotateWithOffset=i.asm.RotateWithOffset).apply(null,arguments)},Xe=i._Round=function(){return(Xe=i._Round=i.asm.Round).apply(null,arguments)},qt=i._Rsqrt=function(){return(qt=i._Rsqrt=i.asm.Rsqrt).apply(null,arguments)},so=i._ScatterNd=function(){return(so=i._ScatterNd=i.asm.ScatterNd).apply(null,arguments)},xa=i._SearchSorted=function(){return(xa=i._SearchSorted=i.asm.SearchSorted).apply(null,arguments)},Sf=i._SelectV2=function(){return(Sf=i._SelectV2=i.asm.SelectV2).apply(null,arguments)},Pp=i._Selu=function(){return(Pp=i._Selu=i.asm.Selu).apply(null,arguments)},kw=i._Sigmoid=function(){return(kw=i._Sigmoid=i.asm.Sigmoid).apply(null,arguments)},Tr=i._Sign=function(){return(Tr=i._Sign=i.asm.Sign).apply(null,arguments)},Gi=i._Sin=function(){return(Gi=i._Sin=i.asm.Sin).apply(null,arguments)},kf=i._Sinh=function(){return(kf=i._Sinh=i.asm.Sinh).apply(null,arguments)},yq=i._Softmax=function(){return(yq=i._Softmax=i.asm.Softmax).apply(null,arguments)},wq=i._Softplus=function(){return(wq=i._Softplus=i.asm.Softplus).apply(null,arguments)},vq=i._SparseFillEmptyRows=function(){return(vq=i._SparseFillEmptyRows=i.asm.SparseFillEmptyRows).apply(null,arguments)},Iq=i._SparseReshape=function(){return(Iq=i._SparseReshape=i.asm.SparseReshape).apply(null,arguments)},Cq=i._SparseSegmentReduction=function(){return(Cq=i._SparseSegmentReduction=i.asm.SparseSegmentReduction).apply(null,arguments)},Sq=i._SparseToDense=function(){return(Sq=i._SparseToDense=i.asm.SparseToDense).apply(null,arguments)},kq=i._Sqrt=function(){return(kq=i._Sqrt=i.asm.Sqrt).apply(null,arguments)},_q=i._Square=function(){return(_q=i._Square=i.asm.Square).apply(null,arguments)},Tq=i._SquaredDifference=function(){return(Tq=i._SquaredDifference=i.asm.SquaredDifference).apply(null,arguments)},Nq=i._Step=function(){return(Nq=i._Step=i.asm.Step).apply(null,arguments)},Eq=i._StridedSlice=function(){return(Eq=i._StridedSlice=i.asm.StridedSlice).apply(null,arguments)},$q=i._Sub=function(){return($q=i._Sub=i.asm.Sub).apply(null,arguments)},Aq=i._Sum=function(){return(Aq=i._Sum=i.asm.Sum).apply(null,arguments)},Rq=i._Tan=function(){return(Rq=i._Tan=i.asm.Tan).apply(null,arguments)},Dq=i._Tanh=function(){return(Dq=i._Tanh=i.asm.Tanh).apply(null,arguments)},Fq=i._TensorScatterUpdate=function(){return(Fq=i._TensorScatterUpdate=i.asm.TensorScatterUpdate).apply(null,arguments)},Mq=i._Tile=function(){return(Mq=i._Tile=i.asm.Tile).apply(null,arguments)},Pq=i._TopK=function(){return(Pq=i._TopK=i.asm.TopK).apply(null,arguments)},Oq=i._Transform=function(){return(Oq=i._Transform=i.asm.Transform).apply(null,arguments)},Bq=i._Transpose=function(){return(Bq=i._Transpose=i.asm.Transpose).apply(null,arguments)},Lq=i.__FusedMatMul=function(){return(Lq=i.__FusedMatMul=i.asm._FusedMatMul).apply(null,arguments)},Wq=i._malloc=function(){return(Wq=i._malloc=i.asm.malloc).apply(null,arguments)},Vq=i._free=function(){return(Vq=i._free=i.asm.free).apply(null,arguments)},Gq=i.__emscripten_tls_init=function(){return(Gq=i.__emscripten_tls_init=i.asm._emscripten_tls_init).apply(null,arguments)},_f=i._pthread_self=function(){return(_f=i._pthread_self=i.asm.pthread_self).apply(null,arguments)},Uq=i.___errno_location=function(){return(Uq=i.___errno_location=i.asm.__errno_location).apply(null,arguments)},KS=i.__emscripten_thread_init=function(){return(KS=i.__emscripten_thread_init=i.asm._emscripten_thread_init).apply(null,arguments)},zq=i.__emscripten_thread_crashed=function(){return(zq=i.__emscripten_thread_crashed=i.asm._emscripten_thread_crashed).apply(null,arguments)},Hq=i._emscripten_main_thread_process_queued_calls=function(){return(Hq=i._emscripten_main_thread_process_queued_calls=i.asm.emscripten_main_thread_process_queued_calls).apply(null,arguments)},qq=i._emscripten_main_browser_thread_id=function(){return(qq=i._emscripten_main_browser_thread_id=i.asm.emscripten_main_browser_thread_id).apply(null,arguments)},jS=i._emscripten_run_in_main_runtime_thread_js=function(){return(jS=i._emscripten_run_in_main_runtime_thread_js=i.asm.emscripten_run_in_main_runtime_thread_js).apply(null,arguments)},Kq=i._emscripten_dispatch_to_thread_=function(){return(Kq=i._emscripten_dispatch_to_thread_=i.asm.emscripten_dispatch_to_thread_).apply(null,arguments)},XS=i.__emscripten_proxy_execute_task_queue=function(){return(XS=i.__emscripten_proxy_execute_task_queue=i.asm._emscripten_proxy_execute_task_queue).apply(null,arguments)},_w=i.__emscripten_thread_free_data=function(){return(_w=i.__emscripten_thread_free_data=i.asm._emscripten_thread_free_data).apply(null,arguments)},YS=i.__emscripten_thread_exit=function(){return(YS=i.__emscripten_thread_exit=i.asm._emscripten_thread_exit).apply(null,arguments)},JS=i._emscripten_stack_set_limits=function(){return(JS=i._emscripten_stack_set_limits=i.asm.emscripten_stack_set_limits).apply(null,arguments)},Tw=i.stackSave=function(){return(Tw=i.stackSave=i.asm.stackSave).apply(null,arguments)},Tf=i.stackRestore=function(){return(Tf=i.stackRestore=i.asm.stackRestore).apply(null,arguments)},Nf=i.stackAlloc=function(){return(Nf=i.stackAlloc=i.asm.stackAlloc).apply(null,arguments)},jq=i.dynCall_iijjiiii=function(){return(jq=i.dynCall_iijjiiii=i.asm.dynCall_iijjiiii).apply(null,arguments)},Xq=i.dynCall_jiji=function(){return(Xq=i.dynCall_jiji=i.asm.dynCall_jiji).apply(null,arguments)};i.keepRuntimeAlive=Po,i.wasmMemory=ne,i.cwrap=Db,i.ExitStatus=Mc,i.PThread=Be;var Ef;ga=function D(){Ef||ZS(),Ef||(ga=D)};function ZS(D){if(D=D||d,Wi>0)return;if(C){l(i),or(),startWorker(i);return}if(cn(),Wi>0)return;function U(){Ef||(Ef=!0,i.calledRun=!0,!pe&&(or(),l(i),i.onRuntimeInitialized&&i.onRuntimeInitialized(),ha()))}i.setStatus?(i.setStatus("Running..."),setTimeout(function(){setTimeout(function(){i.setStatus("")},1),U()},1)):U()}if(i.preInit)for(typeof i.preInit=="function"&&(i.preInit=[i.preInit]);i.preInit.length>0;)i.preInit.pop()();ZS();var $f;m&&($f={uncaughtException:process.listeners("uncaughtException").filter(function(D){return!m.uncaughtException.indexOf(D)>-1}),unhandledRejection:process.listeners("unhandledRejection").filter(function(D){return!m.unhandledRejection.indexOf(D)>-1})});var Af;if(typeof WasmBackendModule<"u")Af=WasmBackendModule;else if(typeof e<"u")Af=e;else throw new Error("Could not find wasm module in post.js");if($f){var Yq=Af._dispose;Af._dispose=function(){Yq(),$f.uncaughtException.forEach(function(D){process.removeListener("uncaughtException",D)}),$f.unhandledRejection.forEach(function(D){process.removeListener("unhandledRejection",D)})}}return e.ready})})();typeof qx=="object"&&typeof ES=="object"?ES.exports=NS:typeof define=="function"&&define.amd?define([],function(){return NS}):typeof qx=="object"&&(qx.WasmBackendModuleThreadedSimd=NS)});var jH=Kt((OAt,KH)=>{KH.exports.wasmWorkerContents=`"use strict";var Module={};var ENVIRONMENT_IS_NODE=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string";if(ENVIRONMENT_IS_NODE){var nodeWorkerThreads=require("worker_threads");var parentPort=nodeWorkerThreads.parentPort;parentPort.on("message",data=>onmessage({data:data}));var fs=require("fs");Object.assign(global,{self:global,require:require,Module:Module,location:{href:__filename},Worker:nodeWorkerThreads.Worker,importScripts:function(f){(0,eval)(fs.readFileSync(f,"utf8")+"//# sourceURL="+f)},postMessage:function(msg){parentPort.postMessage(msg)},performance:global.performance||{now:function(){return Date.now()}}})}var initializedJS=false;var pendingNotifiedProxyingQueues=[];function threadPrintErr(){var text=Array.prototype.slice.call(arguments).join(" ");if(ENVIRONMENT_IS_NODE){fs.writeSync(2,text+"
");return}console.error(text)}function threadAlert(){var text=Array.prototype.slice.call(arguments).join(" ");postMessage({cmd:"alert",text:text,threadId:Module["_pthread_self"]()})}var err=threadPrintErr;self.alert=threadAlert;Module["instantiateWasm"]=(info,receiveInstance)=>{var instance=new WebAssembly.Instance(Module["wasmModule"],info);receiveInstance(instance);Module["wasmModule"]=null;return instance.exports};self.onunhandledrejection=e=>{throw e.reason??e};self.startWorker=instance=>{Module=instance;postMessage({"cmd":"loaded"})};self.onmessage=e=>{try{if(e.data.cmd==="load"){Module["wasmModule"]=e.data.wasmModule;for(const handler of e.data.handlers){Module[handler]=function(){postMessage({cmd:"callHandler",handler:handler,args:[...arguments]})}}Module["wasmMemory"]=e.data.wasmMemory;Module["buffer"]=Module["wasmMemory"].buffer;Module["ENVIRONMENT_IS_PTHREAD"]=true;if(typeof e.data.urlOrBlob=="string"){importScripts(e.data.urlOrBlob)}else{var objectUrl=URL.createObjectURL(e.data.urlOrBlob);importScripts(objectUrl);URL.revokeObjectURL(objectUrl)}WasmBackendModuleThreadedSimd(Module)}else if(e.data.cmd==="run"){Module["__emscripten_thread_init"](e.data.pthread_ptr,0,0,1);Module["establishStackSpace"]();Module["PThread"].receiveObjectTransfer(e.data);Module["PThread"].threadInitTLS();if(!initializedJS){pendingNotifiedProxyingQueues.forEach(queue=>{Module["executeNotifiedProxyingQueue"](queue)});pendingNotifiedProxyingQueues=[];initializedJS=true}try{Module["invokeEntryPoint"](e.data.start_routine,e.data.arg)}catch(ex){if(ex!="unwind"){if(ex instanceof Module["ExitStatus"]){if(Module["keepRuntimeAlive"]()){}else{Module["__emscripten_thread_exit"](ex.status)}}else{throw ex}}}}else if(e.data.cmd==="cancel"){if(Module["_pthread_self"]()){Module["__emscripten_thread_exit"](-1)}}else if(e.data.target==="setimmediate"){}else if(e.data.cmd==="processProxyingQueue"){if(initializedJS){Module["executeNotifiedProxyingQueue"](e.data.queue)}else{pendingNotifiedProxyingQueues.push(e.data.queue)}}else if(e.data.cmd){err("worker.js received unknown command "+e.data.cmd);err(e.data)}}catch(ex){if(Module["__emscripten_thread_crashed"]){Module["__emscripten_thread_crashed"]()}throw ex}};`});var XH=Kt((Kx,AS)=>{var $S=(()=>{var r=typeof document<"u"&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<"u"&&(r=r||__filename),(function(e){e=e||{};var t=typeof e<"u"?e:{},o,n;t.ready=new Promise(function(K,ce){o=K,n=ce});var s;typeof process<"u"&&process.listeners&&(s={uncaughtException:process.listeners("uncaughtException"),unhandledRejection:process.listeners("unhandledRejection")});var a=Object.assign({},t),c=[],u="./this.program",i=(K,ce)=>{throw ce},l=typeof window=="object",p=typeof importScripts=="function",m=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string",f="";function d(K){return t.locateFile?t.locateFile(K,f):f+K}var h,g,x,y;function w(K){if(K instanceof ul)return;A("exiting due to exception: "+K)}if(m){var C=_S(),T=TS();p?f=T.dirname(f)+"/":f=__dirname+"/",h=(K,ce)=>(K=cn(K)?new URL(K):T.normalize(K),C.readFileSync(K,ce?void 0:"utf8")),x=K=>{var ce=h(K,!0);return ce.buffer||(ce=new Uint8Array(ce)),ce},g=(K,ce,Ne)=>{K=cn(K)?new URL(K):T.normalize(K),C.readFile(K,function(ut,$t){ut?Ne(ut):ce($t.buffer)})},process.argv.length>1&&(u=process.argv[1].replace(/\\/g,"/")),c=process.argv.slice(2),process.on("uncaughtException",function(K){if(!(K instanceof ul))throw K}),process.on("unhandledRejection",function(K){throw K}),i=(K,ce)=>{if(st())throw process.exitCode=K,ce;w(ce),process.exit(K)},t.inspect=function(){return"[Emscripten Module object]"}}else(l||p)&&(p?f=self.location.href:typeof document<"u"&&document.currentScript&&(f=document.currentScript.src),r&&(f=r),f.indexOf("blob:")!==0?f=f.substr(0,f.replace(/[?#].*/,"").lastIndexOf("/")+1):f="",h=K=>{var ce=new XMLHttpRequest;return ce.open("GET",K,!1),ce.send(null),ce.responseText},p&&(x=K=>{var ce=new XMLHttpRequest;return ce.open("GET",K,!1),ce.responseType="arraybuffer",ce.send(null),new Uint8Array(ce.response)}),g=(K,ce,Ne)=>{var ut=new XMLHttpRequest;ut.open("GET",K,!0),ut.responseType="arraybuffer",ut.onload=()=>{if(ut.status==200||ut.status==0&&ut.response){ce(ut.response);return}Ne()},ut.onerror=Ne,ut.send(null)},y=K=>document.title=K);var $=t.print||console.log.bind(console),A=t.printErr||console.warn.bind(console);Object.assign(t,a),a=null,t.arguments&&(c=t.arguments),t.thisProgram&&(u=t.thisProgram),t.quit&&(i=t.quit);var R=4,F;t.wasmBinary&&(F=t.wasmBinary);var M=t.noExitRuntime||!0;typeof WebAssembly!="object"&&vr("no native wasm support detected");var L,W=!1,G;function q(K,ce){K||vr(ce)}var H=typeof TextDecoder<"u"?new TextDecoder("utf8"):void 0;function j(K,ce,Ne){ce>>>=0;for(var ut=ce+Ne,$t=ce;K[$t]&&!($t>=ut);)++$t;if($t-ce>16&&K.buffer&&H)return H.decode(K.subarray(ce,$t));for(var At="";ce<$t;){var Je=K[ce++];if(!(Je&128)){At+=String.fromCharCode(Je);continue}var Xe=K[ce++]&63;if((Je&224)==192){At+=String.fromCharCode((Je&31)<<6|Xe);continue}var qt=K[ce++]&63;if((Je&240)==224?Je=(Je&15)<<12|Xe<<6|qt:Je=(Je&7)<<18|Xe<<12|qt<<6|K[ce++]&63,Je<65536)At+=String.fromCharCode(Je);else{var so=Je-65536;At+=String.fromCharCode(55296|so>>10,56320|so&1023)}}return At}function X(K,ce){return K>>>=0,K?j(ie,K,ce):""}function J(K,ce,Ne,ut){if(Ne>>>=0,!(ut>0))return 0;for(var $t=Ne,At=Ne+ut-1,Je=0;Je<K.length;++Je){var Xe=K.charCodeAt(Je);if(Xe>=55296&&Xe<=57343){var qt=K.charCodeAt(++Je);Xe=65536+((Xe&1023)<<10)|qt&1023}if(Xe<=127){if(Ne>=At)break;ce[Ne++>>>0]=Xe}else if(Xe<=2047){if(Ne+1>=At)break;ce[Ne++>>>0]=192|Xe>>6,ce[Ne++>>>0]=128|Xe&63}else if(Xe<=65535){if(Ne+2>=At)break;ce[Ne++>>>0]=224|Xe>>12,ce[Ne++>>>0]=128|Xe>>6&63,ce[Ne++>>>0]=128|Xe&63}else{if(Ne+3>=At)break;ce[Ne++>>>0]=240|Xe>>18,ce[Ne++>>>0]=128|Xe>>12&63,ce[Ne++>>>0]=128|Xe>>6&63,ce[Ne++>>>0]=128|Xe&63}}return ce[Ne>>>0]=0,Ne-$t}function ee(K,ce,Ne){return J(K,ie,ce,Ne)}var ae,oe,ie,re,ne,ue,pe,ge,ke;function Se(K){ae=K,t.HEAP8=oe=new Int8Array(K),t.HEAP16=re=new Int16Array(K),t.HEAP32=ue=new Int32Array(K),t.HEAPU8=ie=new Uint8Array(K),t.HEAPU16=ne=new Uint16Array(K),t.HEAPU32=pe=new Uint32Array(K),t.HEAPF32=ge=new Float32Array(K),t.HEAPF64=ke=new Float64Array(K)}var Fe=t.INITIAL_MEMORY||16777216,Ae,Ze=[],Re=[],Me=[],rt=!1;function st(){return M}function dt(){if(t.preRun)for(typeof t.preRun=="function"&&(t.preRun=[t.preRun]);t.preRun.length;)Ot(t.preRun.shift());ga(Ze)}function ht(){rt=!0,ga(Re)}function Hr(){if(t.postRun)for(typeof t.postRun=="function"&&(t.postRun=[t.postRun]);t.postRun.length;)pr(t.postRun.shift());ga(Me)}function Ot(K){Ze.unshift(K)}function ro(K){Re.unshift(K)}function pr(K){Me.unshift(K)}var Et=0,mr=null,fr=null;function oo(K){Et++,t.monitorRunDependencies&&t.monitorRunDependencies(Et)}function no(K){if(Et--,t.monitorRunDependencies&&t.monitorRunDependencies(Et),Et==0&&(mr!==null&&(clearInterval(mr),mr=null),fr)){var ce=fr;fr=null,ce()}}function vr(K){t.onAbort&&t.onAbort(K),K="Aborted("+K+")",A(K),W=!0,G=1,K+=". Build with -sASSERTIONS for more info.";var ce=new WebAssembly.RuntimeError(K);throw n(ce),ce}var da="data:application/octet-stream;base64,";function Po(K){return K.startsWith(da)}function cn(K){return K.startsWith("file://")}var or;or="tfjs-backend-wasm.wasm",Po(or)||(or=d(or));function ha(K){try{if(K==or&&F)return new Uint8Array(F);if(x)return x(K);throw"both async and sync fetching of the wasm failed"}catch(ce){vr(ce)}}function Np(){if(!F&&(l||p)){if(typeof fetch=="function"&&!cn(or))return fetch(or,{credentials:"same-origin"}).then(function(K){if(!K.ok)throw"failed to load wasm binary file at '"+or+"'";return K.arrayBuffer()}).catch(function(){return ha(or)});if(g)return new Promise(function(K,ce){g(or,function(Ne){K(new Uint8Array(Ne))},ce)})}return Promise.resolve().then(function(){return ha(or)})}function Ep(){var K={env:$p,wasi_snapshot_preview1:$p};function ce(Je,Xe){var qt=Je.exports;t.asm=qt,L=t.asm.memory,Se(L.buffer),Ae=t.asm.__indirect_function_table,ro(t.asm.__wasm_call_ctors),no("wasm-instantiate")}oo("wasm-instantiate");function Ne(Je){ce(Je.instance)}function ut(Je){return Np().then(function(Xe){return WebAssembly.instantiate(Xe,K)}).then(function(Xe){return Xe}).then(Je,function(Xe){A("failed to asynchronously prepare wasm: "+Xe),vr(Xe)})}function $t(){return!F&&typeof WebAssembly.instantiateStreaming=="function"&&!Po(or)&&!cn(or)&&!m&&typeof fetch=="function"?fetch(or,{credentials:"same-origin"}).then(function(Je){var Xe=WebAssembly.instantiateStreaming(Je,K);return Xe.then(Ne,function(qt){return A("wasm streaming compile failed: "+qt),A("falling back to ArrayBuffer instantiation"),ut(Ne)})}):ut(Ne)}if(t.instantiateWasm)try{var At=t.instantiateWasm(K,ce);return At}catch(Je){A("Module.instantiateWasm callback failed with error: "+Je),n(Je)}return $t().catch(n),{}}var US,Wi;function ul(K){this.name="ExitStatus",this.message="Program terminated with exit("+K+")",this.status=K}function ga(K){for(;K.length>0;)K.shift()(t)}function Zx(){vr("")}function nf(){return 4294901760}function Fc(){return nf()}function Qx(K,ce,Ne){ie.copyWithin(K>>>0,ce>>>0,ce+Ne>>>0)}function sf(K){try{return L.grow(K-ae.byteLength+65535>>>16),Se(L.buffer),1}catch{}}function ll(K){var ce=ie.length;K=K>>>0;var Ne=nf();if(K>Ne)return!1;let ut=(qt,so)=>qt+(so-qt%so)%so;for(var $t=1;$t<=4;$t*=2){var At=ce*(1+.2/$t);At=Math.min(At,K+100663296);var Je=Math.min(Ne,ut(Math.max(K,At),65536)),Xe=sf(Je);if(Xe)return!0}return!1}var Ir={varargs:void 0,get:function(){Ir.varargs+=4;var K=ue[Ir.varargs-4>>>2];return K},getStr:function(K){var ce=X(K);return ce}};function af(K){return 52}function eb(K,ce,Ne,ut,$t){return 70}var tb=[null,[],[]];function zS(K,ce){var Ne=tb[K];ce===0||ce===10?((K===1?$:A)(j(Ne,0)),Ne.length=0):Ne.push(ce)}function HS(K,ce,Ne,ut){for(var $t=0,At=0;At<Ne;At++){var Je=pe[ce>>>2],Xe=pe[ce+4>>>2];ce+=8;for(var qt=0;qt<Xe;qt++)zS(K,ie[Je+qt>>>0]);$t+=Xe}return pe[ut>>>2]=$t,0}function cf(K){var ce=t["_"+K];return ce}function Mc(K,ce){oe.set(K,ce>>>0)}function rb(K,ce,Ne,ut,$t){var At={string:Tr=>{var Gi=0;if(Tr!=null&&Tr!==0){var kf=(Tr.length<<2)+1;Gi=Mp(kf),ee(Tr,Gi,kf)}return Gi},array:Tr=>{var Gi=Mp(Tr.length);return Mc(Tr,Gi),Gi}};function Je(Tr){return ce==="string"?X(Tr):ce==="boolean"?!!Tr:Tr}var Xe=cf(K),qt=[],so=0;if(ut)for(var xa=0;xa<ut.length;xa++){var Sf=At[Ne[xa]];Sf?(so===0&&(so=vf()),qt[xa]=Sf(ut[xa])):qt[xa]=ut[xa]}var Pp=Xe.apply(null,qt);function kw(Tr){return so!==0&&If(so),Je(Tr)}return Pp=kw(Pp),Pp}function ob(K,ce,Ne,ut){Ne=Ne||[];var $t=Ne.every(Je=>Je==="number"||Je==="boolean"),At=ce!=="string";return At&&$t&&!ut?cf(K):function(){return rb(K,ce,Ne,arguments,ut)}}var $p={abort:Zx,emscripten_get_heap_max:Fc,emscripten_memcpy_big:Qx,emscripten_resize_heap:ll,fd_close:af,fd_seek:eb,fd_write:HS},nb=Ep(),uf=t.___wasm_call_ctors=function(){return(uf=t.___wasm_call_ctors=t.asm.__wasm_call_ctors).apply(null,arguments)},lf=t._init=function(){return(lf=t._init=t.asm.init).apply(null,arguments)},sb=t._init_with_threads_count=function(){return(sb=t._init_with_threads_count=t.asm.init_with_threads_count).apply(null,arguments)},pf=t._get_threads_count=function(){return(pf=t._get_threads_count=t.asm.get_threads_count).apply(null,arguments)},ab=t._register_tensor=function(){return(ab=t._register_tensor=t.asm.register_tensor).apply(null,arguments)},Be=t._dispose_data=function(){return(Be=t._dispose_data=t.asm.dispose_data).apply(null,arguments)},Ap=t._dispose=function(){return(Ap=t._dispose=t.asm.dispose).apply(null,arguments)},ib=t._Abs=function(){return(ib=t._Abs=t.asm.Abs).apply(null,arguments)},mf=t._Acos=function(){return(mf=t._Acos=t.asm.Acos).apply(null,arguments)},pl=t._Acosh=function(){return(pl=t._Acosh=t.asm.Acosh).apply(null,arguments)},cb=t._Add=function(){return(cb=t._Add=t.asm.Add).apply(null,arguments)},ub=t._AddN=function(){return(ub=t._AddN=t.asm.AddN).apply(null,arguments)},lb=t._All=function(){return(lb=t._All=t.asm.All).apply(null,arguments)},pb=t._Any=function(){return(pb=t._Any=t.asm.Any).apply(null,arguments)},mb=t._ArgMax=function(){return(mb=t._ArgMax=t.asm.ArgMax).apply(null,arguments)},ff=t._ArgMin=function(){return(ff=t._ArgMin=t.asm.ArgMin).apply(null,arguments)},df=t._Asin=function(){return(df=t._Asin=t.asm.Asin).apply(null,arguments)},fb=t._Asinh=function(){return(fb=t._Asinh=t.asm.Asinh).apply(null,arguments)},db=t._Atan=function(){return(db=t._Atan=t.asm.Atan).apply(null,arguments)},hb=t._Atan2=function(){return(hb=t._Atan2=t.asm.Atan2).apply(null,arguments)},Rp=t._Atanh=function(){return(Rp=t._Atanh=t.asm.Atanh).apply(null,arguments)},gb=t._AvgPool=function(){return(gb=t._AvgPool=t.asm.AvgPool).apply(null,arguments)},xb=t._AvgPool3D=function(){return(xb=t._AvgPool3D=t.asm.AvgPool3D).apply(null,arguments)},bb=t._AvgPool3DGrad=function(){return(bb=t._AvgPool3DGrad=t.asm.AvgPool3DGrad).apply(null,arguments)},Pc=t._AvgPoolGrad=function(){return(Pc=t._AvgPoolGrad=t.asm.AvgPoolGrad).apply(null,arguments)},yb=t._BatchMatMul=function(){return(yb=t._BatchMatMul=t.asm.BatchMatMul).apply(null,arguments)},wb=t._Bincount=function(){return(wb=t._Bincount=t.asm.Bincount).apply(null,arguments)},hf=t._BitwiseAnd=function(){return(hf=t._BitwiseAnd=t.asm.BitwiseAnd).apply(null,arguments)},vb=t._Ceil=function(){return(vb=t._Ceil=t.asm.Ceil).apply(null,arguments)},Dp=t._ClipByValue=function(){return(Dp=t._ClipByValue=t.asm.ClipByValue).apply(null,arguments)},Ib=t._Conv2D=function(){return(Ib=t._Conv2D=t.asm.Conv2D).apply(null,arguments)},Cb=t._Conv2DBackpropInput=function(){return(Cb=t._Conv2DBackpropInput=t.asm.Conv2DBackpropInput).apply(null,arguments)},Sb=t._Conv3D=function(){return(Sb=t._Conv3D=t.asm.Conv3D).apply(null,arguments)},Vi=t._Conv3DBackpropFilterV2=function(){return(Vi=t._Conv3DBackpropFilterV2=t.asm.Conv3DBackpropFilterV2).apply(null,arguments)},Fp=t._Conv3DBackpropInputV2=function(){return(Fp=t._Conv3DBackpropInputV2=t.asm.Conv3DBackpropInputV2).apply(null,arguments)},kb=t._Cos=function(){return(kb=t._Cos=t.asm.Cos).apply(null,arguments)},_b=t._Cosh=function(){return(_b=t._Cosh=t.asm.Cosh).apply(null,arguments)},Tb=t._CropAndResize=function(){return(Tb=t._CropAndResize=t.asm.CropAndResize).apply(null,arguments)},Nb=t._Cumprod=function(){return(Nb=t._Cumprod=t.asm.Cumprod).apply(null,arguments)},gf=t._Cumsum=function(){return(gf=t._Cumsum=t.asm.Cumsum).apply(null,arguments)},xf=t._DenseBincount=function(){return(xf=t._DenseBincount=t.asm.DenseBincount).apply(null,arguments)},Eb=t._DepthToSpace=function(){return(Eb=t._DepthToSpace=t.asm.DepthToSpace).apply(null,arguments)},$b=t._DepthwiseConv2dNative=function(){return($b=t._DepthwiseConv2dNative=t.asm.DepthwiseConv2dNative).apply(null,arguments)},bf=t._Diag=function(){return(bf=t._Diag=t.asm.Diag).apply(null,arguments)},yf=t._Dilation2D=function(){return(yf=t._Dilation2D=t.asm.Dilation2D).apply(null,arguments)},Ab=t._Dilation2DBackpropFilter=function(){return(Ab=t._Dilation2DBackpropFilter=t.asm.Dilation2DBackpropFilter).apply(null,arguments)},Rb=t._Dilation2DBackpropInput=function(){return(Rb=t._Dilation2DBackpropInput=t.asm.Dilation2DBackpropInput).apply(null,arguments)},Db=t._Elu=function(){return(Db=t._Elu=t.asm.Elu).apply(null,arguments)},Fb=t._EluGrad=function(){return(Fb=t._EluGrad=t.asm.EluGrad).apply(null,arguments)},wf=t._Equal=function(){return(wf=t._Equal=t.asm.Equal).apply(null,arguments)},qS=t._Erf=function(){return(qS=t._Erf=t.asm.Erf).apply(null,arguments)},Mb=t._Exp=function(){return(Mb=t._Exp=t.asm.Exp).apply(null,arguments)},Pb=t._Expm1=function(){return(Pb=t._Expm1=t.asm.Expm1).apply(null,arguments)},Ob=t._FlipLeftRight=function(){return(Ob=t._FlipLeftRight=t.asm.FlipLeftRight).apply(null,arguments)},Bb=t._Floor=function(){return(Bb=t._Floor=t.asm.Floor).apply(null,arguments)},Lb=t._FloorDiv=function(){return(Lb=t._FloorDiv=t.asm.FloorDiv).apply(null,arguments)},Wb=t._FusedBatchNorm=function(){return(Wb=t._FusedBatchNorm=t.asm.FusedBatchNorm).apply(null,arguments)},Vb=t._FusedConv2D=function(){return(Vb=t._FusedConv2D=t.asm.FusedConv2D).apply(null,arguments)},Gb=t._FusedDepthwiseConv2D=function(){return(Gb=t._FusedDepthwiseConv2D=t.asm.FusedDepthwiseConv2D).apply(null,arguments)},Ub=t._Gather=function(){return(Ub=t._Gather=t.asm.Gather).apply(null,arguments)},zb=t._GatherNd=function(){return(zb=t._GatherNd=t.asm.GatherNd).apply(null,arguments)},Hb=t._Greater=function(){return(Hb=t._Greater=t.asm.Greater).apply(null,arguments)},qb=t._GreaterEqual=function(){return(qb=t._GreaterEqual=t.asm.GreaterEqual).apply(null,arguments)},Kb=t._IsFinite=function(){return(Kb=t._IsFinite=t.asm.IsFinite).apply(null,arguments)},jb=t._IsInf=function(){return(jb=t._IsInf=t.asm.IsInf).apply(null,arguments)},Xb=t._IsNan=function(){return(Xb=t._IsNan=t.asm.IsNan).apply(null,arguments)},Yb=t._LRN=function(){return(Yb=t._LRN=t.asm.LRN).apply(null,arguments)},Jb=t._LRNGrad=function(){return(Jb=t._LRNGrad=t.asm.LRNGrad).apply(null,arguments)},Zb=t._LeakyRelu=function(){return(Zb=t._LeakyRelu=t.asm.LeakyRelu).apply(null,arguments)},Qb=t._Less=function(){return(Qb=t._Less=t.asm.Less).apply(null,arguments)},ey=t._LessEqual=function(){return(ey=t._LessEqual=t.asm.LessEqual).apply(null,arguments)},ty=t._LinSpace=function(){return(ty=t._LinSpace=t.asm.LinSpace).apply(null,arguments)},ry=t._Log=function(){return(ry=t._Log=t.asm.Log).apply(null,arguments)},oy=t._Log1p=function(){return(oy=t._Log1p=t.asm.Log1p).apply(null,arguments)},ny=t._LogicalAnd=function(){return(ny=t._LogicalAnd=t.asm.LogicalAnd).apply(null,arguments)},sy=t._LogicalNot=function(){return(sy=t._LogicalNot=t.asm.LogicalNot).apply(null,arguments)},ay=t._LogicalOr=function(){return(ay=t._LogicalOr=t.asm.LogicalOr).apply(null,arguments)},iy=t._LogicalXor=function(){return(iy=t._LogicalXor=t.asm.LogicalXor).apply(null,arguments)},cy=t._Max=function(){return(cy=t._Max=t.asm.Max).apply(null,arguments)},uy=t._MaxPool=function(){return(uy=t._MaxPool=t.asm.MaxPool).apply(null,arguments)},ly=t._MaxPool3D=function(){return(ly=t._MaxPool3D=t.asm.MaxPool3D).apply(null,arguments)},py=t._MaxPool3DGrad=function(){return(py=t._MaxPool3DGrad=t.asm.MaxPool3DGrad).apply(null,arguments)},my=t._MaxPoolGrad=function(){return(my=t._MaxPoolGrad=t.asm.MaxPoolGrad).apply(null,arguments)},fy=t._MaxPoolWithArgmax=function(){return(fy=t._MaxPoolWithArgmax=t.asm.MaxPoolWithArgmax).apply(null,arguments)},dy=t._Maximum=function(){return(dy=t._Maximum=t.asm.Maximum).apply(null,arguments)},hy=t._Mean=function(){return(hy=t._Mean=t.asm.Mean).apply(null,arguments)},gy=t._Min=function(){return(gy=t._Min=t.asm.Min).apply(null,arguments)},xy=t._Minimum=function(){return(xy=t._Minimum=t.asm.Minimum).apply(null,arguments)},by=t._MirrorPad=function(){return(by=t._MirrorPad=t.asm.MirrorPad).apply(null,arguments)},yy=t._Mod=function(){return(yy=t._Mod=t.asm.Mod).apply(null,arguments)},wy=t._Multinomial=function(){return(wy=t._Multinomial=t.asm.Multinomial).apply(null,arguments)},vy=t._Multiply=function(){return(vy=t._Multiply=t.asm.Multiply).apply(null,arguments)},Iy=t._Neg=function(){return(Iy=t._Neg=t.asm.Neg).apply(null,arguments)},Cy=t._NonMaxSuppressionV3=function(){return(Cy=t._NonMaxSuppressionV3=t.asm.NonMaxSuppressionV3).apply(null,arguments)},Sy=t._NonMaxSuppressionV4=function(){return(Sy=t._NonMaxSuppressionV4=t.asm.NonMaxSuppressionV4).apply(null,arguments)},ky=t._NonMaxSuppressionV5=function(){return(ky=t._NonMaxSuppressionV5=t.asm.NonMaxSuppressionV5).apply(null,arguments)},_y=t._NotEqual=function(){return(_y=t._NotEqual=t.asm.NotEqual).apply(null,arguments)},Ty=t._OneHot=function(){return(Ty=t._OneHot=t.asm.OneHot).apply(null,arguments)},Ny=t._PadV2=function(){return(Ny=t._PadV2=t.asm.PadV2).apply(null,arguments)},Ey=t._Pow=function(){return(Ey=t._Pow=t.asm.Pow).apply(null,arguments)},$y=t._Prelu=function(){return($y=t._Prelu=t.asm.Prelu).apply(null,arguments)},Ay=t._Prod=function(){return(Ay=t._Prod=t.asm.Prod).apply(null,arguments)},Ry=t._RealDiv=function(){return(Ry=t._RealDiv=t.asm.RealDiv).apply(null,arguments)},Dy=t._Reciprocal=function(){return(Dy=t._Reciprocal=t.asm.Reciprocal).apply(null,arguments)},Fy=t._Relu=function(){return(Fy=t._Relu=t.asm.Relu).apply(null,arguments)},My=t._Relu6=function(){return(My=t._Relu6=t.asm.Relu6).apply(null,arguments)},Py=t._ResizeBilinear=function(){return(Py=t._ResizeBilinear=t.asm.ResizeBilinear).apply(null,arguments)},Oy=t._ResizeBilinearGrad=function(){return(Oy=t._ResizeBilinearGrad=t.asm.ResizeBilinearGrad).apply(null,arguments)},By=t._ResizeNearestNeighbor=function(){return(By=t._ResizeNearestNeighbor=t.asm.ResizeNearestNeighbor).apply(null,arguments)},Ly=t._ResizeNearestNeighborGrad=function(){return(Ly=t._ResizeNearestNeighborGrad=t.asm.ResizeNearestNeighborGrad).apply(null,arguments)},Wy=t._Reverse=function(){return(Wy=t._Reverse=t.asm.Reverse).apply(null,arguments)},Vy=t._RotateWithOffset=function(){return(Vy=t._RotateWithOffset=t.asm.RotateWithOffset).apply(null,arguments)},Gy=t._Round=function(){return(Gy=t._Round=t.asm.Round).apply(null,arguments)},Uy=t._Rsqrt=function(){return(Uy=t._Rsqrt=t.asm.Rsqrt).apply(null,arguments)},zy=t._ScatterNd=function(){return(zy=t._ScatterNd=t.asm.ScatterNd).apply(null,arguments)},Hy=t._SearchSorted=function(){return(Hy=t._SearchSorted=t.asm.SearchSorted).apply(null,arguments)},qy=t._SelectV2=function(){return(qy=t._SelectV2=t.asm.SelectV2).apply(null,arguments)},Ky=t._Selu=function(){return(Ky=t._Selu=t.asm.Selu).apply(null,arguments)},jy=t._Sigmoid=function(){return(jy=t._Sigmoid=t.asm.Sigmoid).apply(null,arguments)},Xy=t._Sign=function(){return(Xy=t._Sign=t.asm.Sign).apply(null,arguments)},Yy=t._Sin=function(){return(Yy=t._Sin=t.asm.Sin).apply(null,arguments)},Jy=t._Sinh=function(){return(Jy=t._Sinh=t.asm.Sinh).apply(null,arguments)},Zy=t._Softmax=function(){return(Zy=t._Softmax=t.asm.Softmax).apply(null,arguments)},Qy=t._Softplus=function(){return(Qy=t._Softplus=t.asm.Softplus).apply(null,arguments)},ew=t._SparseFillEmptyRows=function(){return(ew=t._SparseFillEmptyRows=t.asm.SparseFillEmptyRows).apply(null,arguments)},tw=t._SparseReshape=function(){return(tw=t._SparseReshape=t.asm.SparseReshape).apply(null,arguments)},rw=t._SparseSegmentReduction=function(){return(rw=t._SparseSegmentReduction=t.asm.SparseSegmentReduction).apply(null,arguments)},ow=t._SparseToDense=function(){return(ow=t._SparseToDense=t.asm.SparseToDense).apply(null,arguments)},nw=t._Sqrt=function(){return(nw=t._Sqrt=t.asm.Sqrt).apply(null,arguments)},sw=t._Square=function(){return(sw=t._Square=t.asm.Square).apply(null,arguments)},aw=t._SquaredDifference=function(){return(aw=t._SquaredDifference=t.asm.SquaredDifference).apply(null,arguments)},iw=t._Step=function(){return(iw=t._Step=t.asm.Step).apply(null,arguments)},cw=t._StridedSlice=function(){return(cw=t._StridedSlice=t.asm.StridedSlice).apply(null,arguments)},uw=t._Sub=function(){return(uw=t._Sub=t.asm.Sub).apply(null,arguments)},lw=t._Sum=function(){return(lw=t._Sum=t.asm.Sum).apply(null,arguments)},pw=t._Tan=function(){return(pw=t._Tan=t.asm.Tan).apply(null,arguments)},mw=t._Tanh=function(){return(mw=t._Tanh=t.asm.Tanh).apply(null,arguments)},fw=t._TensorScatterUpdate=function(){return(fw=t._TensorScatterUpdate=t.asm.TensorScatterUpdate).apply(null,arguments)},dw=t._Tile=function(){return(dw=t._Tile=t.asm.Tile).apply(null,arguments)},hw=t._TopK=function(){return(hw=t._TopK=t.asm.TopK).apply(null,arguments)},gw=t._Transform=function(){return(gw=t._Transform=t.asm.Transform).apply(null,arguments)},xw=t._Transpose=function(){return(xw=t._Transpose=t.asm.Transpose).apply(null,arguments)},bw=t.__FusedMatMul=function(){return(bw=t.__FusedMatMul=t.asm._FusedMatMul).apply(null,arguments)},yw=t._malloc=function(){return(yw=t._malloc=t.asm.malloc).apply(null,arguments)},ww=t._free=function(){return(ww=t._free=t.asm.free).apply(null,arguments)},vw=t.___errno_location=function(){return(vw=t.___errno_location=t.asm.__errno_location).apply(null,arguments)},vf=t.stackSave=function(){return(vf=t.stackSave=t.asm.stackSave).apply(null,arguments)},If=t.stackRestore=function(){return(If=t.stackRestore=t.asm.stackRestore).apply(null,arguments)},Mp=t.stackAlloc=function(){return(Mp=t.stackAlloc=t.asm.stackAlloc).apply(null,arguments)},Iw=t.dynCall_iijjiiii=function(){return(Iw=t.dynCall_iijjiiii=t.asm.dynCall_iijjiiii).apply(null,arguments)},Cw=t.dynCall_jiji=function(){return(Cw=t.dynCall_jiji=t.asm.dynCall_jiji).apply(null,arguments)};t.cwrap=ob;var ml;fr=function K(){ml||Cf(),ml||(fr=K)};function Cf(K){if(K=K||c,Et>0||(dt(),Et>0))return;function ce(){ml||(ml=!0,t.calledRun=!0,!W&&(ht(),o(t),t.onRuntimeInitialized&&t.onRuntimeInitialized(),Hr()))}t.setStatus?(t.setStatus("Running..."),setTimeout(function(){setTimeout(function(){t.setStatus("")},1),ce()},1)):ce()}if(t.preInit)for(typeof t.preInit=="function"&&(t.preInit=[t.preInit]);t.preInit.length>0;)t.preInit.pop()();Cf();var fl;s&&(fl={uncaughtException:process.listeners("uncaughtException").filter(function(K){return!s.uncaughtException.indexOf(K)>-1}),unhandledRejection:process.listeners("unhandledRejection").filter(function(K){return!s.unhandledRejection.indexOf(K)>-1})});var dl;if(typeof e<"u")dl=e;else if(typeof WasmBackendModuleThreadedSimd<"u")dl=WasmBackendModuleThreadedSimd;else throw new Error("Could not find wasm module in post.js");if(fl){var Sw=dl._dispose;dl._dispose=function(){Sw(),fl.uncaughtException.forEach(function(K){process.removeListener("uncaughtException",K)}),fl.unhandledRejection.forEach(function(K){process.removeListener("unhandledRejection",K)})}}return e.ready})})();typeof Kx=="object"&&typeof AS=="object"?AS.exports=$S:typeof define=="function"&&define.amd?define([],function(){return $S}):typeof Kx=="object"&&(Kx.WasmBackendModule=$S)});function sue(r){return(e,t)=>(b.fetch(r,{credentials:"same-origin"}).then(o=>{o.ok||e.env.a(`failed to load wasm binary file at '${r}'`),o.arrayBuffer().then(n=>{WebAssembly.instantiate(n,e).then(s=>{t(s.instance,s.module)})})}),{})}function JH(r,e,t){if(jx!=null)return jx;let o="tfjs-backend-wasm.wasm";return r&&e?o="tfjs-backend-wasm-threaded-simd.wasm":r&&(o="tfjs-backend-wasm-simd.wasm"),ef!=null&&ef[o]!=null?ef[o]:t+o}async function QH(){let[r,e]=await Promise.all([P().getAsync("WASM_HAS_SIMD_SUPPORT"),P().getAsync("WASM_HAS_MULTITHREAD_SUPPORT")]);return new Promise((t,o)=>{let n={};n.locateFile=(c,u)=>{if(c.endsWith(".worker.js")){let i=ZH.wasmWorkerContents.replace(/\n/g,"\\n"),l=new Blob([i],{type:"application/javascript"});return URL.createObjectURL(l)}return c.endsWith(".wasm")?JH(r,e,Qm??u):u+c},MS&&(n.instantiateWasm=sue(JH(r,e,Qm??"")));let s=!1;n.onAbort=()=>{if(s||tf)return;tf=!0,o({message:"Make sure the server can serve the `.wasm` file relative to the bundled js file. For more details see https://github.com/tensorflow/tfjs/blob/master/tfjs-backend-wasm/README.md#using-bundlers"})};let a;e&&r&&jx==null?(n.mainScriptUrlOrBlob=new Blob(["var WasmBackendModuleThreadedSimd = "+YH.toString()],{type:"text/javascript"}),a=YH(n)):a=nue(n),a.then(c=>{s=!0,tf=!1;let u=null;c.tfjs={init:c.cwrap("init",null,[]),initWithThreadsCount:c.cwrap("init_with_threads_count",null,["number"]),getThreadsCount:c.cwrap("get_threads_count","number",[]),registerTensor:c.cwrap("register_tensor",null,["number","number","number"]),disposeData:c.cwrap("dispose_data",u,["number"]),dispose:c.cwrap("dispose",u,[])},t({wasm:c})}).catch(o)})}function aue(r,e){switch(e){case"float32":return new Float32Array(r);case"int32":return new Int32Array(r);case"bool":return new Uint8Array(r);default:throw new Error(`Unknown dtype ${e}`)}}function eq(r,e=!1){if(Xf("setWasmPath has been deprecated in favor of setWasmPaths and will be removed in a future release."),tf)throw new Error("The WASM backend was already initialized. Make sure you call `setWasmPath()` before you call `tf.setBackend()` or `tf.ready()`");jx=r,MS=e}function tq(r,e=!1){if(tf)throw new Error("The WASM backend was already initialized. Make sure you call `setWasmPaths()` before you call `tf.setBackend()` or `tf.ready()`");if(typeof r=="string")Qm=r;else{ef=r;let t=iue.filter(o=>ef[o]==null);if(t.length>0)throw new Error(`There were no entries found for the following binaries: ${t.join(",")}. Please either call setWasmPaths with a map providing a path for each binary, or with a string indicating the directory where all the binaries can be found.`)}MS=e}function oq(r){rq=r}function nq(){if(RS===-1)throw new Error("WASM backend not initialized.");return RS}var DS,ZH,FS,YH,nue,Tp,iue,jx,Qm,ef,tf,MS,rq,RS,PS=I(()=>{kS();v();DS=Oc(qH()),ZH=Oc(jH()),FS=Oc(XH());YH=DS.default||DS,nue=FS.default||FS,Tp=class extends go{constructor(e){super(),this.wasm=e,this.dataIdNextNumber=1,this.wasm.tfjs.initWithThreadsCount(rq),RS=this.wasm.tfjs.getThreadsCount(),this.dataIdMap=new un(this,Fr())}write(e,t,o){let n={id:this.dataIdNextNumber++};return this.move(n,e,t,o,1),n}numDataIds(){return this.dataIdMap.numDataIds()}async time(e){let t=b.now();return e(),{kernelMs:b.now()-t}}move(e,t,o,n,s){let a=this.dataIdNextNumber++;if(n==="string"){let l=t;this.dataIdMap.set(e,{id:a,stringBytes:l,shape:o,dtype:n,memoryOffset:null,refCount:s});return}let c=b.sizeFromShape(o),u=c*b.bytesPerElement(n),i=this.wasm._malloc(u)>>>0;this.dataIdMap.set(e,{id:a,memoryOffset:i,shape:o,dtype:n,refCount:s}),this.wasm.tfjs.registerTensor(a,c,i),t!=null&&this.wasm.HEAPU8.set(new Uint8Array(t.buffer,t.byteOffset,u),i)}async read(e){return this.readSync(e)}readSync(e,t,o){let{memoryOffset:n,dtype:s,shape:a,stringBytes:c}=this.dataIdMap.get(e);if(s==="string")return(t==null||t===0)&&(o==null||o>=c.length)?c:c.slice(t,o);t=t||0,o=o||b.sizeFromShape(a);let u=b.bytesPerElement(s),i=this.wasm.HEAPU8.slice(n+t*u,n+o*u);return aue(i.buffer,s)}disposeData(e,t=!1){if(this.dataIdMap.has(e)){let o=this.dataIdMap.get(e);if(o.refCount--,!t&&o.refCount>0)return!1;this.wasm._free(o.memoryOffset),this.wasm.tfjs.disposeData(o.id),this.dataIdMap.delete(e)}return!0}refCount(e){return this.dataIdMap.has(e)?this.dataIdMap.get(e).refCount:0}incRef(e){let t=this.dataIdMap.get(e);t!=null&&t.refCount++}floatPrecision(){return 32}getMemoryOffset(e){return this.dataIdMap.get(e).memoryOffset}dispose(){this.wasm.tfjs.dispose(),"PThread"in this.wasm&&this.wasm.PThread.terminateAllThreads(),this.wasm=null}memory(){return{unreliable:!1}}makeOutput(e,t,o,n){let s;if(o==null)s=this.write(n??null,e,t);else{let a=this.dataIdNextNumber++;s={id:a},this.dataIdMap.set(s,{id:a,memoryOffset:o,shape:e,dtype:t,refCount:1});let c=b.sizeFromShape(e);this.wasm.tfjs.registerTensor(a,c,o)}return{dataId:s,shape:e,dtype:t}}typedArrayFromHeap({shape:e,dtype:t,dataId:o}){let n=this.wasm.HEAPU8.buffer,{memoryOffset:s}=this.dataIdMap.get(o),a=b.sizeFromShape(e);switch(t){case"float32":return new Float32Array(n,s,a);case"int32":return new Int32Array(n,s,a);case"bool":return new Uint8Array(n,s,a);default:throw new Error(`Unknown dtype ${t}`)}}};iue=["tfjs-backend-wasm.wasm","tfjs-backend-wasm-simd.wasm","tfjs-backend-wasm-threaded-simd.wasm"],jx=null,Qm=null,ef={},tf=!1,MS=!1;rq=-1,RS=-1});var sq,aq=I(()=>{sq="4.22.0"});var cue,iq=I(()=>{kS();v();PS();PS();aq();cue=2;fu("wasm",async()=>{let{wasm:r}=await QH();return new Tp(r)},cue)});var cq={};nr(cq,{BackendWasm:()=>Tp,getThreadsCount:()=>nq,setThreadsCount:()=>oq,setWasmPath:()=>eq,setWasmPaths:()=>tq,version_wasm:()=>sq});var uq=I(()=>{GH();iq();});var xq=Kt(Yx=>{"use strict";Yx.byteLength=Iue;Yx.toByteArray=Sue;Yx.fromByteArray=Tue;var fa=[],Mo=[],vue=typeof Uint8Array<"u"?Uint8Array:Array,WS="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";for(cl=0,hq=WS.length;cl<hq;++cl)fa[cl]=WS[cl],Mo[WS.charCodeAt(cl)]=cl;var cl,hq;Mo[45]=62;Mo[95]=63;function gq(r){var e=r.length;if(e%4>0)throw new Error("Invalid string. Length must be a multiple of 4");var t=r.indexOf("=");t===-1&&(t=e);var o=t===e?0:4-t%4;return[t,o]}function Iue(r){var e=gq(r),t=e[0],o=e[1];return(t+o)*3/4-o}function Cue(r,e,t){return(e+t)*3/4-t}function Sue(r){var e,t=gq(r),o=t[0],n=t[1],s=new vue(Cue(r,o,n)),a=0,c=n>0?o-4:o,u;for(u=0;u<c;u+=4)e=Mo[r.charCodeAt(u)]<<18|Mo[r.charCodeAt(u+1)]<<12|Mo[r.charCodeAt(u+2)]<<6|Mo[r.charCodeAt(u+3)],s[a++]=e>>16&255,s[a++]=e>>8&255,s[a++]=e&255;return n===2&&(e=Mo[r.charCodeAt(u)]<<2|Mo[r.charCodeAt(u+1)]>>4,s[a++]=e&255),n===1&&(e=Mo[r.charCodeAt(u)]<<10|Mo[r.charCodeAt(u+1)]<<4|Mo[r.charCodeAt(u+2)]>>2,s[a++]=e>>8&255,s[a++]=e&255),s}function kue(r){return fa[r>>18&63]+fa[r>>12&63]+fa[r>>6&63]+fa[r&63]}function _ue(r,e,t){for(var o,n=[],s=e;s<t;s+=3)o=(r[s]<<16&16711680)+(r[s+1]<<8&65280)+(r[s+2]&255),n.push(kue(o));return n.join("")}function Tue(r){for(var e,t=r.length,o=t%3,n=[],s=16383,a=0,c=t-o;a<c;a+=s)n.push(_ue(r,a,a+s>c?c:a+s));return o===1?(e=r[t-1],n.push(fa[e>>2]+fa[e<<4&63]+"==")):o===2&&(e=(r[t-2]<<8)+r[t-1],n.push(fa[e>>10]+fa[e>>4&63]+fa[e<<2&63]+"=")),n.join("")}});var Dx={};nr(Dx,{Abs:()=>wa,Acos:()=>mn,Acosh:()=>fn,AdadeltaOptimizer:()=>xc,AdagradOptimizer:()=>bc,AdamOptimizer:()=>yc,AdamaxOptimizer:()=>wc,Add:()=>Bo,AddN:()=>dn,All:()=>va,Any:()=>Ia,ArgMax:()=>Ca,ArgMin:()=>Sa,Asin:()=>hn,Asinh:()=>gn,Atan:()=>xn,Atan2:()=>yn,Atanh:()=>bn,AvgPool:()=>wn,AvgPool3D:()=>ka,AvgPool3DGrad:()=>Gc,AvgPoolGrad:()=>Vc,BatchMatMul:()=>vn,BatchToSpaceND:()=>_a,Bincount:()=>In,BitwiseAnd:()=>Cn,BroadcastArgs:()=>Ta,BroadcastTo:()=>_K,Cast:()=>Lo,Ceil:()=>Sn,ClipByValue:()=>Wo,Complex:()=>Uc,ComplexAbs:()=>zc,Concat:()=>Na,Conv2D:()=>kn,Conv2DBackpropFilter:()=>Hc,Conv2DBackpropInput:()=>_n,Conv3D:()=>Tn,Conv3DBackpropFilterV2:()=>qi,Conv3DBackpropInputV2:()=>Nn,Cos:()=>Ea,Cosh:()=>En,CropAndResize:()=>Rn,Cumprod:()=>$n,Cumsum:()=>An,DataStorage:()=>un,DenseBincount:()=>$a,DepthToSpace:()=>Dn,DepthwiseConv2dNative:()=>Fn,DepthwiseConv2dNativeBackpropFilter:()=>qc,DepthwiseConv2dNativeBackpropInput:()=>Kc,Diag:()=>Aa,Dilation2D:()=>Mn,Dilation2DBackpropFilter:()=>Xc,Dilation2DBackpropInput:()=>jc,Draw:()=>vl,ENV:()=>Mf,Einsum:()=>Yc,Elu:()=>Ra,EluGrad:()=>Ki,Environment:()=>wl,Equal:()=>On,Erf:()=>Da,Exp:()=>Fa,ExpandDims:()=>Ma,Expm1:()=>Bn,FFT:()=>Il,Fill:()=>Pa,FlipLeftRight:()=>Ln,Floor:()=>Wn,FloorDiv:()=>Vn,FromPixels:()=>Cl,FusedBatchNorm:()=>Gn,FusedConv2D:()=>zo,FusedDepthwiseConv2D:()=>Ho,GatherNd:()=>Un,GatherV2:()=>Oa,Greater:()=>zn,GreaterEqual:()=>Hn,IFFT:()=>Jc,Identity:()=>Vo,Imag:()=>Zc,IsFinite:()=>qn,IsInf:()=>Kn,IsNan:()=>jn,KernelBackend:()=>go,LRN:()=>La,LRNGrad:()=>ji,LeakyRelu:()=>Xn,Less:()=>Yn,LessEqual:()=>Jn,LinSpace:()=>Zn,Log:()=>Ba,Log1p:()=>Qn,LogSoftmax:()=>TK,LogicalAnd:()=>es,LogicalNot:()=>ts,LogicalOr:()=>rs,LogicalXor:()=>Bw,LowerBound:()=>NK,MatrixBandPart:()=>EK,Max:()=>Wa,MaxPool:()=>ns,MaxPool3D:()=>Va,MaxPool3DGrad:()=>eu,MaxPoolGrad:()=>Qc,MaxPoolWithArgmax:()=>Ga,Maximum:()=>os,Mean:()=>ss,Min:()=>Ua,Minimum:()=>as,MirrorPad:()=>is,Mod:()=>za,MomentumOptimizer:()=>vc,Multinomial:()=>cs,Multiply:()=>us,Neg:()=>Xi,NonMaxSuppressionV3:()=>ps,NonMaxSuppressionV4:()=>ms,NonMaxSuppressionV5:()=>fs,NotEqual:()=>ls,OP_SCOPE_SUFFIX:()=>sv,OneHot:()=>ds,OnesLike:()=>Ha,Optimizer:()=>_r,OptimizerConstructors:()=>Ql,Pack:()=>qa,PadV2:()=>hs,Pool:()=>$K,Pow:()=>Ka,Prelu:()=>gs,Prod:()=>xs,RMSPropOptimizer:()=>Ic,RaggedGather:()=>tu,RaggedRange:()=>ru,RaggedTensorToTensor:()=>ou,Range:()=>ja,Rank:()=>Hf,Real:()=>nu,RealDiv:()=>Pn,Reciprocal:()=>bs,Reduction:()=>Nt,Relu:()=>ys,Relu6:()=>Is,Reshape:()=>Xa,ResizeBilinear:()=>vs,ResizeBilinearGrad:()=>Ji,ResizeNearestNeighbor:()=>ws,ResizeNearestNeighborGrad:()=>Yi,Reverse:()=>Cs,RotateWithOffset:()=>Us,Round:()=>Ss,Rsqrt:()=>ks,SGDOptimizer:()=>na,ScatterNd:()=>_s,SearchSorted:()=>Ns,Select:()=>Ya,Selu:()=>Es,Sigmoid:()=>Rs,Sign:()=>As,Sin:()=>Za,Sinh:()=>$s,Slice:()=>Ja,Softmax:()=>Ms,Softplus:()=>Ds,SpaceToBatchND:()=>ei,SparseFillEmptyRows:()=>ri,SparseReshape:()=>Ps,SparseSegmentMean:()=>oi,SparseSegmentSum:()=>ni,SparseToDense:()=>Os,SplitV:()=>ti,Sqrt:()=>Fs,Square:()=>su,SquaredDifference:()=>Bs,StaticRegexReplace:()=>Zi,Step:()=>Go,StridedSlice:()=>Ls,StringNGrams:()=>si,StringSplit:()=>ai,StringToHashBucketFast:()=>ii,Sub:()=>ci,Sum:()=>Qa,Tan:()=>ui,Tanh:()=>Ws,Tensor:()=>mt,TensorBuffer:()=>Qe,TensorScatterUpdate:()=>Ts,Tile:()=>xo,TopK:()=>Vs,Transform:()=>Gs,Transpose:()=>bo,Unique:()=>li,Unpack:()=>pi,UnsortedSegmentSum:()=>au,UpperBound:()=>AK,Variable:()=>Hs,ZerosLike:()=>mi,_FusedMatMul:()=>Uo,abs:()=>ir,acos:()=>p1,acosh:()=>f1,add:()=>fe,addN:()=>h1,all:()=>x1,any:()=>y1,argMax:()=>v1,argMin:()=>C1,asin:()=>k1,asinh:()=>T1,atan:()=>E1,atan2:()=>A1,atanh:()=>D1,avgPool:()=>od,avgPool3d:()=>O1,backend:()=>pv,backend_util:()=>S,basicLSTMCell:()=>L1,batchNorm:()=>ic,batchNorm2d:()=>U1,batchNorm3d:()=>H1,batchNorm4d:()=>K1,batchToSpaceND:()=>nd,bincount:()=>sd,bitwiseAnd:()=>X1,booleanMaskAsync:()=>_8,broadcastArgs:()=>J1,broadcastTo:()=>cc,broadcast_util:()=>Or,browser:()=>VI,buffer:()=>be,cast:()=>qe,ceil:()=>Q1,clipByValue:()=>t_,clone:()=>Co,complex:()=>Dr,concat:()=>gt,concat1d:()=>o_,concat2d:()=>s_,concat3d:()=>i_,concat4d:()=>u_,conv1d:()=>p_,conv2d:()=>uc,conv2dTranspose:()=>f_,conv3d:()=>h_,conv3dTranspose:()=>y_,copyRegisteredKernels:()=>PK,cos:()=>v_,cosh:()=>C_,cosineWindow:()=>gm,cumprod:()=>k_,cumsum:()=>T_,customGrad:()=>kr,denseBincount:()=>E_,deprecationWarn:()=>Xf,depthToSpace:()=>A_,depthwiseConv2d:()=>Bl,device_util:()=>fi,diag:()=>D_,dilation2d:()=>M_,disableDeprecationWarnings:()=>i6,dispose:()=>Bt,disposeVariables:()=>c6,div:()=>Ue,divNoNan:()=>B_,dot:()=>W_,dropout:()=>B8,einsum:()=>lc,elu:()=>ld,enableDebugMode:()=>a6,enableProdMode:()=>s6,enclosingPowerOfTwo:()=>SI,engine:()=>Fr,ensureShape:()=>G_,env:()=>P,equal:()=>ud,erf:()=>z_,euclideanNorm:()=>j_,exp:()=>Lr,expandDims:()=>Zo,expm1:()=>Y_,eye:()=>fd,fft:()=>Kl,fill:()=>Zs,findBackend:()=>lv,findBackendFactory:()=>f6,floor:()=>dd,floorDiv:()=>rd,fused:()=>kI,gather:()=>mc,gatherND:()=>P8,gather_util:()=>Cm,getBackend:()=>qs,getGradient:()=>Bf,getKernel:()=>iu,getKernelsForBackend:()=>Wp,grad:()=>cT,grads:()=>uT,greater:()=>Iu,greaterEqual:()=>gd,ifft:()=>Tu,imag:()=>fc,image:()=>GY,inTopKAsync:()=>W8,io:()=>LI,irfft:()=>jd,isFinite:()=>Z_,isInf:()=>eT,isNaN:()=>rT,keep:()=>iv,kernel_impls:()=>cr,leakyRelu:()=>xd,less:()=>sm,lessEqual:()=>Ul,linalg:()=>UY,linspace:()=>nT,localResponseNormalization:()=>aT,log:()=>Qo,log1p:()=>yd,logSigmoid:()=>mT,logSoftmax:()=>dT,logSumExp:()=>Cd,logicalAnd:()=>Cu,logicalNot:()=>kd,logicalOr:()=>_d,logicalXor:()=>gT,losses:()=>zY,lowerBound:()=>bT,matMul:()=>Ke,math:()=>WI,max:()=>ko,maxPool:()=>Ed,maxPool3d:()=>wT,maxPoolWithArgmax:()=>IT,maximum:()=>zl,mean:()=>_i,memory:()=>u6,meshgrid:()=>ST,min:()=>tm,minimum:()=>Ti,mirrorPad:()=>_T,mod:()=>NT,moments:()=>$T,movingAverage:()=>E8,mul:()=>te,multiRNNCell:()=>RT,multinomial:()=>FT,neg:()=>xr,nextFrame:()=>Ih,norm:()=>vu,notEqual:()=>Dd,oneHot:()=>um,ones:()=>Qs,onesLike:()=>PT,op:()=>_,outerProduct:()=>BT,pad:()=>ea,pad1d:()=>WT,pad2d:()=>GT,pad3d:()=>zT,pad4d:()=>qT,pool:()=>jT,pow:()=>Ii,prelu:()=>Md,print:()=>td,prod:()=>YT,profile:()=>l6,raggedGather:()=>ZT,raggedRange:()=>e2,raggedTensorToTensor:()=>r2,rand:()=>n2,randomGamma:()=>k2,randomNormal:()=>Wd,randomStandardNormal:()=>T2,randomUniform:()=>ql,randomUniformInt:()=>E2,range:()=>dc,ready:()=>uv,real:()=>Ni,reciprocal:()=>A2,registerBackend:()=>fu,registerGradient:()=>DK,registerKernel:()=>Qi,relu:()=>ta,relu6:()=>Ud,removeBackend:()=>m6,reshape:()=>z,reverse:()=>po,reverse1d:()=>D2,reverse2d:()=>M2,reverse3d:()=>O2,reverse4d:()=>L2,rfft:()=>jl,round:()=>zd,rsqrt:()=>Hd,scalar:()=>De,scatterND:()=>A8,scatter_util:()=>$i,searchSorted:()=>im,selu:()=>G2,separableConv2d:()=>z2,serialization:()=>AI,setBackend:()=>cv,setPlatform:()=>d6,setdiff1dAsync:()=>q2,sigmoid:()=>uo,sign:()=>j2,signal:()=>VY,sin:()=>Y2,sinh:()=>Z2,slice:()=>Pe,slice1d:()=>eN,slice2d:()=>rN,slice3d:()=>nN,slice4d:()=>aN,slice_util:()=>bt,softmax:()=>cN,softplus:()=>Id,spaceToBatchND:()=>Fd,sparse:()=>HY,sparseToDense:()=>F8,spectral:()=>WY,split:()=>Ei,sqrt:()=>Br,square:()=>Gt,squaredDifference:()=>Yd,squeeze:()=>Xl,stack:()=>en,step:()=>Zd,stridedSlice:()=>lN,string:()=>qY,sub:()=>Ce,sum:()=>et,sumOutType:()=>rc,tan:()=>mN,tanh:()=>wu,tensor:()=>Io,tensor1d:()=>Ut,tensor2d:()=>mo,tensor3d:()=>Nu,tensor4d:()=>dN,tensor5d:()=>gN,tensor6d:()=>bN,tensorScatterUpdate:()=>vN,tensor_util:()=>Qw,test_util:()=>fI,tidy:()=>at,tile:()=>pc,time:()=>p6,topk:()=>CN,train:()=>S7,transpose:()=>To,truncatedNormal:()=>kN,unique:()=>TN,unregisterGradient:()=>MK,unregisterKernel:()=>FK,unsortedSegmentSum:()=>EN,unstack:()=>ra,upcastType:()=>Pt,upperBound:()=>AN,util:()=>b,valueAndGrad:()=>lT,valueAndGrads:()=>pT,variable:()=>DN,variableGrads:()=>wd,version_core:()=>vh,where:()=>lo,whereAsync:()=>rh,zeros:()=>_o,zerosLike:()=>Xt});v();v();v();we();var T9=cr.whereImpl,Sm=class r extends go{nextDataId(){return r.nextDataId++}constructor(){super(),this.blockSize=48,this.firstUse=!0,this.data=new un(this,Fr())}write(e,t,o){this.firstUse&&(this.firstUse=!1,P().get("IS_NODE")&&S.warn(`
============================
Hi, looks like you are running TensorFlow.js in Node.js. To speed things up dramatically, install our node backend, visit https://github.com/tensorflow/tfjs-node for more details. 
============================`));let n={id:this.nextDataId()};return this.data.set(n,{values:e,dtype:o,refCount:1}),n}makeTensorInfo(e,t,o){let n;if(t==="string"&&o!=null&&o.length>0&&b.isString(o[0])){let s=o.map(a=>b.encodeString(a));n=this.write(s,e,t)}else n=this.write(o,e,t);return{dataId:n,shape:e,dtype:t}}refCount(e){return this.data.has(e)?this.data.get(e).refCount:0}incRef(e){let t=this.data.get(e);t.refCount++}decRef(e){if(this.data.has(e)){let t=this.data.get(e);t.refCount--}}move(e,t,o,n,s){this.data.set(e,{values:t,dtype:n,refCount:s})}numDataIds(){return this.data.numDataIds()}async read(e){return this.readSync(e)}readSync(e){let{dtype:t,complexTensorInfos:o}=this.data.get(e);if(t==="complex64"){let n=this.readSync(o.real.dataId),s=this.readSync(o.imag.dataId);return S.mergeRealAndImagArrays(n,s)}return b.convertBackendValuesAndArrayBuffer(this.data.get(e).values,t)}bufferSync(e){let t=this.readSync(e.dataId);if(e.dtype==="string")try{let o=t.map(n=>b.decodeString(n));return be(e.shape,e.dtype,o)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return be(e.shape,e.dtype,t)}makeOutput(e,t,o){return Fr().makeTensorFromTensorInfo(this.makeTensorInfo(t,o,e),this)}disposeData(e,t=!1){if(this.data.has(e)){if(this.data.get(e).refCount--,!t&&this.data.get(e).refCount>0)return!1;let{complexTensorInfos:o}=this.data.get(e);o!=null&&(this.disposeData(o.real.dataId,!0),this.disposeData(o.imag.dataId,!0)),this.data.delete(e)}return!0}disposeIntermediateTensorInfo(e){this.disposeData(e.dataId)}async time(e){let t=b.now();return e(),{kernelMs:b.now()-t}}memory(){return{unreliable:!0,reasons:["The reported memory is an upper bound. Due to automatic garbage collection, the true allocated memory may be less."]}}where(e){Q([e],"where");let t=this.readSync(e.dataId);return T9(e.shape,t)}dispose(){}floatPrecision(){return 32}epsilon(){return super.epsilon()}};Sm.nextDataId=0;fu("cpu",()=>new Sm,1);v();v();v();tt();var l0=_e("Elu",r=>r>=0?r:Math.exp(r)-1),fR={kernelName:"Elu",backendName:"cpu",kernelFunc:l0};aa();v();we();function p0(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{alpha:s}=o;Q([n],"leakyRelu");let a=b.sizeFromShape(n.shape),c=t.data.get(n.dataId).values,u=b.getTypedArrayFromDType("float32",a);for(let i=0;i<c.length;i++)u[i]=c[i]<0?s*c[i]:c[i];return t.makeTensorInfo(n.shape,"float32",u)}var dR={kernelName:Xn,backendName:"cpu",kernelFunc:p0};v();we();Wt();var nJ=ze((r,e)=>r<0?e*r:r);function m0(r){let{inputs:e,backend:t}=r,{x:o,alpha:n}=e;Q([o,n],"prelu");let s=t.data.get(o.dataId).values,a=t.data.get(n.dataId).values,[c,u]=nJ(o.shape,n.shape,s,a,"float32");return t.makeTensorInfo(u,"float32",c)}var hR={kernelName:gs,backendName:"cpu",kernelFunc:m0};v();tt();var f0=_e(ys,r=>Math.max(0,r)),gR={kernelName:ys,backendName:"cpu",kernelFunc:f0};v();tt();var d0=_e(Is,r=>Math.min(Math.max(0,r),6)),xR={kernelName:Is,backendName:"cpu",kernelFunc:d0};Ph();function Ku(r,e,t,o,n){if(t==="linear")return yr({inputs:{x:e},backend:r});if(t==="relu")return f0({inputs:{x:e},backend:r});if(t==="elu")return l0({inputs:{x:e},backend:r});if(t==="relu6")return d0({inputs:{x:e},backend:r});if(t==="prelu")return m0({inputs:{x:e,alpha:o},backend:r});if(t==="leakyrelu")return p0({inputs:{x:e},backend:r,attrs:{alpha:n}});if(t==="sigmoid")return qC({inputs:{x:e},backend:r});throw new Error(`Activation ${t} has not been implemented for the CPU backend.`)}Ou();v();we();v();function He(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{shape:s}=o,a=b.sizeFromShape(n.shape),c=b.inferFromImplicitShape(s,a),u=b.sizeFromShape(c);b.assert(a===u,()=>`The new shape (${c}) has ${u} elements and the old shape (${n.shape}) has ${a} elements. The new shape and old shape must have the same number of elements.`),t.incRef(n.dataId);let i=t.data.get(n.dataId);if(i.complexTensorInfos!=null){let l=i.complexTensorInfos.real,p=i.complexTensorInfos.imag;l.shape=c,p.shape=c}return{dataId:n.dataId,shape:c,dtype:n.dtype}}var bR={kernelName:Xa,backendName:"cpu",kernelFunc:He};function h0(r){let{inputs:e,backend:t,attrs:o}=r,{a:n,b:s}=e,{transposeA:a,transposeB:c}=o;Q([n,s],"matMul");let u=n.shape.length,i=s.shape.length,l=a?n.shape[u-2]:n.shape[u-1],p=c?s.shape[i-1]:s.shape[i-2],m=a?n.shape[u-1]:n.shape[u-2],f=c?s.shape[i-2]:s.shape[i-1],d=n.shape.slice(0,-2),h=s.shape.slice(0,-2),g=b.sizeFromShape(d),x=b.sizeFromShape(h),w=Or.assertAndGetBroadcastShape(n.shape.slice(0,-2),s.shape.slice(0,-2)).concat([m,f]);b.assert(l===p,()=>`Error in matMul: inner shapes (${l}) and (${p}) of Tensors with shapes ${n.shape} and ${s.shape} and transposeA=${a} and transposeB=${c} must match.`);let C=a?[g,l,m]:[g,m,l],T=c?[x,f,p]:[x,p,f],$=He({inputs:{x:n},backend:t,attrs:{shape:C}}),A=He({inputs:{x:s},backend:t,attrs:{shape:T}}),R=a?$.shape[1]:$.shape[2],F=a?$.shape[2]:$.shape[1],M=c?A.shape[1]:A.shape[2],L=Math.max(g,x),W=t.data.get($.dataId).values,G=t.data.get(A.dataId).values,q=b.computeStrides($.shape),H=b.computeStrides(A.shape),[j,X,J]=a?[q[0],1,q[1]]:[q[0],q[1],1],[ee,ae,oe]=c?[1,H[1],H[0]]:[H[1],1,H[0]],ie=F*M,re=be([L,F,M],$.dtype),ne=re.values,ue=t.blockSize;for(let pe=0;pe<L;pe++){let ge=pe%g,ke=pe%x;for(let Se=0;Se<F;Se+=ue){let Fe=Math.min(Se+ue,F);for(let Ae=0;Ae<M;Ae+=ue){let Ze=Math.min(Ae+ue,M);for(let Re=0;Re<R;Re+=ue){let Me=Math.min(Re+ue,R);for(let rt=Se;rt<Fe;rt++)for(let st=Ae;st<Ze;st++){let dt=0;for(let ht=Re;ht<Me;ht++){let Hr=W[ge*j+rt*X+ht*J],Ot=G[ht*ee+st*ae+ke*oe];dt+=Hr*Ot}ne[pe*ie+(rt*M+st)]+=dt}}}}}return t.disposeIntermediateTensorInfo($),t.disposeIntermediateTensorInfo(A),t.makeTensorInfo(w,re.dtype,re.values)}var yR={kernelName:vn,backendName:"cpu",kernelFunc:h0};function sJ(r){let{inputs:e,backend:t,attrs:o}=r,{a:n,b:s,bias:a,preluActivationWeights:c}=e,{transposeA:u,transposeB:i,activation:l,leakyreluAlpha:p}=o,m,f,d,h=[];m=h0({inputs:{a:n,b:s},attrs:{transposeA:u,transposeB:i},backend:t}),a&&(f=ia({inputs:{a:m,b:a},backend:t}),h.push(m),m=f),l&&(d=Ku(t,m,l,c,p),h.push(m),m=d);for(let x of h)t.disposeIntermediateTensorInfo(x);return m}var wR={kernelName:Uo,backendName:"cpu",kernelFunc:sJ};YI();v();tt();var aJ=_e(mn,r=>Math.acos(r)),vR={kernelName:mn,backendName:"cpu",kernelFunc:aJ};v();tt();var iJ=_e(fn,r=>Math.acosh(r)),IR={kernelName:fn,backendName:"cpu",kernelFunc:iJ};Ou();v();we();function cJ(r){let{inputs:e,backend:t}=r,o=e;Q(e,"addN");let n=o.map(c=>t.data.get(c.dataId).values),s=be(o[0].shape,o[0].dtype),a=s.values;for(let c=0;c<o.length;c++){let u=n[c];for(let i=0;i<a.length;i++)a[i]+=u[i]}return t.makeTensorInfo(s.shape,s.dtype,s.values)}var CR={kernelName:dn,backendName:"cpu",kernelFunc:cJ};v();we();Jr();function uJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,keepDims:a}=o;Q(n,"all");let c=b.parseAxisParam(s,n.shape),u=c,i=S.getAxesPermutation(u,n.shape.length),l=n;i!=null&&(l=St({inputs:{x:n},backend:t,attrs:{perm:i}}),u=S.getInnerMostAxes(u.length,n.shape.length)),S.assertAxesAreInnerMostDims("all",u,l.shape.length);let[p,m]=S.computeOutAndReduceShapes(l.shape,u),f=b.sizeFromShape(m),d=b.makeZerosTypedArray(b.sizeFromShape(p),l.dtype),h=t.data.get(l.dataId).values;for(let x=0;x<d.length;++x){let y=x*f,w=h[y];for(let C=0;C<f;++C){let T=h[y+C];w=w&&T}d[x]=w}i!=null&&t.disposeIntermediateTensorInfo(l);let g=t.makeTensorInfo(p,l.dtype,d);if(a){let x=S.expandShapeToKeepDim(p,c),y=He({inputs:{x:g},backend:t,attrs:{shape:x}});return t.disposeIntermediateTensorInfo(g),y}return g}var SR={kernelName:"All",backendName:"cpu",kernelFunc:uJ};v();we();Jr();function lJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,keepDims:a}=o;Q(n,"any");let c=b.parseAxisParam(s,n.shape),u=c,i=S.getAxesPermutation(u,n.shape.length),l=n;i!=null&&(l=St({inputs:{x:n},backend:t,attrs:{perm:i}}),u=S.getInnerMostAxes(u.length,n.shape.length)),S.assertAxesAreInnerMostDims("any",u,l.shape.length);let[p,m]=S.computeOutAndReduceShapes(l.shape,u),f=b.sizeFromShape(m),d=b.makeZerosTypedArray(b.sizeFromShape(p),l.dtype),h=t.data.get(l.dataId).values;for(let x=0;x<d.length;++x){let y=x*f,w=h[y];for(let C=0;C<f;++C){let T=h[y+C];w=w||T}d[x]=w}i!=null&&t.disposeIntermediateTensorInfo(l);let g=t.makeTensorInfo(p,l.dtype,d);if(a){let x=S.expandShapeToKeepDim(p,c),y=He({inputs:{x:g},backend:t,attrs:{shape:x}});return t.disposeIntermediateTensorInfo(g),y}return g}var kR={kernelName:"Any",backendName:"cpu",kernelFunc:lJ};v();we();Jr();function pJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s}=o;Q(n,"argMax");let a=b.parseAxisParam(s,n.shape),c=S.getAxesPermutation(a,n.shape.length),u=n,i=[];c!=null&&(u=St({inputs:{x:n},backend:t,attrs:{perm:c}}),i.push(u),a=S.getInnerMostAxes(a.length,u.shape.length)),a=[a[0]],S.assertAxesAreInnerMostDims("argMax",a,u.shape.length);let[l,p]=S.computeOutAndReduceShapes(u.shape,a),m=b.sizeFromShape(l),f=b.makeZerosTypedArray(m,"int32"),d=b.sizeFromShape(p),h=t.data.get(u.dataId).values;for(let g=0;g<f.length;++g){let x=g*d,y=h[x],w=0;for(let C=0;C<d;++C){let T=h[x+C];T>y&&(y=T,w=C)}f[g]=w}return i.forEach(g=>t.disposeIntermediateTensorInfo(g)),t.makeTensorInfo(l,"int32",f)}var _R={kernelName:Ca,backendName:"cpu",kernelFunc:pJ};v();we();Jr();function mJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s}=o;Q(n,"argMin");let a=b.parseAxisParam(s,n.shape),c=S.getAxesPermutation(a,n.shape.length),u=n,i=[];c!=null&&(u=St({inputs:{x:n},backend:t,attrs:{perm:c}}),i.push(u),a=S.getInnerMostAxes(a.length,u.shape.length)),a=[a[0]],S.assertAxesAreInnerMostDims("argMin",a,u.shape.length);let[l,p]=S.computeOutAndReduceShapes(u.shape,a),m=b.sizeFromShape(l),f=b.makeZerosTypedArray(m,"int32"),d=b.sizeFromShape(p),h=t.data.get(u.dataId).values;for(let g=0;g<f.length;++g){let x=g*d,y=h[x],w=0;for(let C=0;C<d;++C){let T=h[x+C];T<y&&(y=T,w=C)}f[g]=w}return i.forEach(g=>t.disposeIntermediateTensorInfo(g)),t.makeTensorInfo(l,"int32",f)}var TR={kernelName:Sa,backendName:"cpu",kernelFunc:mJ};v();tt();var fJ=_e(hn,r=>Math.asin(r)),NR={kernelName:hn,backendName:"cpu",kernelFunc:fJ};v();tt();var dJ=_e(gn,r=>Math.asinh(r)),ER={kernelName:gn,backendName:"cpu",kernelFunc:dJ};v();tt();var hJ=_e(xn,r=>Math.atan(r)),$R={kernelName:xn,backendName:"cpu",kernelFunc:hJ};v();Wt();Jt();var gJ=ze((r,e)=>Math.atan2(r,e)),xJ=Ye(yn,gJ),AR={kernelName:yn,backendName:"cpu",kernelFunc:xJ};v();tt();var bJ=_e(bn,r=>Math.atanh(r)),RR={kernelName:bn,backendName:"cpu",kernelFunc:bJ};v();we();v();function sp(r,e,t,o,n,s){let a=n.strideHeight,c=n.strideWidth,u=n.dilationHeight,i=n.dilationWidth,l=n.effectiveFilterHeight,p=n.effectiveFilterWidth,m=n.padInfo.top,f=n.padInfo.left,d=s==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,h=be(n.outShape,t),g=h.values,x=n.outShape[1]*n.outShape[2]*n.outShape[3],y=n.outShape[2]*n.outShape[3],w=n.outShape[3];for(let C=0;C<n.batchSize;++C){let T=C*x,$=C*o[0];for(let A=0;A<n.inChannels;++A)for(let R=0;R<n.outHeight;++R){let F=R*a-m,M=Math.max(0,F),L=Math.min(n.inHeight,l+F),W=T+R*y;for(let G=0;G<n.outWidth;++G){let q=G*c-f,H=Math.max(0,q),j=Math.min(n.inWidth,p+q),X=d,J=0,ee=0;for(let oe=M;oe<L;oe+=u){let ie=$+oe*o[1];for(let re=H;re<j;re+=i){let ne=ie+re*o[2],ue=r[ne+A];s==="max"&&ue>X?X=ue:s==="avg"&&(J+=ue,ee++)}if(isNaN(X))break}let ae=W+G*w+A;g[ae]=s==="avg"?J/ee:X}}}return h}function Uh(r,e,t,o,n=!1,s=!1){let a=be(o.outShape,"int32"),c=o.strideHeight,u=o.strideWidth,i=o.dilationHeight,l=o.dilationWidth,p=o.effectiveFilterHeight,m=o.effectiveFilterWidth,f=o.padInfo.top,d=o.padInfo.left,h=be(e,t,r);for(let g=0;g<o.batchSize;++g)for(let x=0;x<o.inChannels;++x)for(let y=0;y<o.outHeight;++y){let w=y*c-f,C=w;for(;C<0;)C+=i;let T=Math.min(o.inHeight,p+w);for(let $=0;$<o.outWidth;++$){let A=$*u-d,R=A;for(;R<0;)R+=l;let F=Math.min(o.inWidth,m+A),M=Number.NEGATIVE_INFINITY,L=-1;for(let W=C;W<T;W+=i){let G=W-w;for(let q=R;q<F;q+=l){let H=q-A,j=h.get(g,W,q,x);j>M&&(M=j,n?L=s?((g*o.inHeight+W)*o.inWidth+q)*o.inChannels+x:(W*o.inWidth+q)*o.inChannels+x:L=G*m+H)}}a.set(L,g,y,$,x)}}return a}function zh(r,e,t,o,n,s){let a=n.strideDepth,c=n.strideHeight,u=n.strideWidth,i=n.dilationDepth,l=n.dilationHeight,p=n.dilationWidth,m=n.effectiveFilterDepth,f=n.effectiveFilterHeight,d=n.effectiveFilterWidth,h=n.padInfo.front,g=n.padInfo.top,x=n.padInfo.left,y=s==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,w=be(n.outShape,t),C=w.values,T=n.outShape[1]*n.outShape[2]*n.outShape[3]*n.outShape[4],$=n.outShape[2]*n.outShape[3]*n.outShape[4],A=n.outShape[3]*n.outShape[4],R=n.outShape[4];for(let F=0;F<n.batchSize;++F){let M=F*T,L=F*o[0];for(let W=0;W<n.inChannels;++W)for(let G=0;G<n.outDepth;++G){let q=G*a-h,H=q;for(;H<0;)H+=i;let j=Math.min(n.inDepth,m+q),X=M+G*$;for(let J=0;J<n.outHeight;++J){let ee=J*c-g,ae=ee;for(;ae<0;)ae+=l;let oe=Math.min(n.inHeight,f+ee),ie=X+J*A;for(let re=0;re<n.outWidth;++re){let ne=re*u-x,ue=ne;for(;ue<0;)ue+=p;let pe=Math.min(n.inWidth,d+ne),ge=ie+re*R,ke=y,Se=0,Fe=0;for(let Ze=H;Ze<j;Ze+=i){let Re=L+Ze*o[1];for(let Me=ae;Me<oe;Me+=l){let rt=Re+Me*o[2];for(let st=ue;st<pe;st+=p){let dt=rt+st*o[3],ht=r[dt+W];if(s==="max"&&ht>ke?ke=ht:s==="avg"&&(Se+=ht,Fe++),isNaN(ke))break}if(isNaN(ke))break}if(isNaN(ke))break}let Ae=ge+W;C[Ae]=s==="avg"?Se/Math.max(Fe,1):ke}}}}return w}function DR(r,e){let t=be(e.outShape,"int32"),o=e.strideDepth,n=e.strideHeight,s=e.strideWidth,a=e.dilationDepth,c=e.dilationHeight,u=e.dilationWidth,i=e.effectiveFilterDepth,l=e.effectiveFilterHeight,p=e.effectiveFilterWidth,m=e.padInfo.front,f=e.padInfo.top,d=e.padInfo.left;for(let h=0;h<e.batchSize;++h)for(let g=0;g<e.inChannels;++g)for(let x=0;x<e.outDepth;++x){let y=x*o-m,w=y;for(;w<0;)w+=a;let C=Math.min(e.inDepth,i+y);for(let T=0;T<e.outHeight;++T){let $=T*n-f,A=$;for(;A<0;)A+=c;let R=Math.min(e.inHeight,l+$);for(let F=0;F<e.outWidth;++F){let M=F*s-d,L=M;for(;L<0;)L+=u;let W=Math.min(e.inWidth,p+M),G=Number.NEGATIVE_INFINITY,q=-1;for(let H=w;H<C;H+=a){let j=H-y;for(let X=A;X<R;X+=c){let J=X-$;for(let ee=L;ee<W;ee+=u){let ae=ee-M,oe=r.get(h,H,X,ee,g);oe>=G&&(G=oe,q=j*l*p+J*l+ae)}}}t.set(q,h,x,T,F,g)}}}return t}aa();function yJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e;Q(n,"avgPool");let{filterSize:s,strides:a,pad:c,dimRoundingMode:u}=o,i=1;b.assert(S.eitherStridesOrDilationsAreOne(a,i),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${i}'`);let l=S.computePool2DInfo(n.shape,s,a,i,c,u),p;if(l.filterWidth===1&&l.filterHeight===1&&b.arraysEqual(l.inShape,l.outShape))p=yr({inputs:{x:n},backend:t});else{let m=t.data.get(n.dataId).values,f=b.computeStrides(n.shape),d=sp(m,n.shape,n.dtype,f,l,"avg");p=t.makeTensorInfo(l.outShape,n.dtype,d.values)}return p}var FR={kernelName:wn,backendName:"cpu",kernelFunc:yJ};v();we();function wJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{filterSize:s,strides:a,pad:c,dimRoundingMode:u,dataFormat:i}=o;Q(n,"avgPool3d");let l=S.computePool3DInfo(n.shape,s,a,1,c,u,i),p=t.data.get(n.dataId).values,m=zh(p,n.shape,n.dtype,b.computeStrides(n.shape),l,"avg");return t.makeTensorInfo(m.shape,"float32",m.values)}var MR={kernelName:ka,backendName:"cpu",kernelFunc:wJ};v();we();function vJ(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,input:s}=e,{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=o;Q([n,s],"avgPool3DGrad");let l=S.computePool3DInfo(s.shape,a,c,1,u,i),p=l.strideDepth,m=l.strideHeight,f=l.strideWidth,d=l.filterDepth,h=l.filterHeight,g=l.filterWidth,x=l.dilationDepth,y=l.dilationHeight,w=l.dilationWidth,C=l.effectiveFilterDepth,T=l.effectiveFilterHeight,$=l.effectiveFilterWidth,A=C-1-l.padInfo.front,R=$-1-l.padInfo.left,F=T-1-l.padInfo.top,M=be(s.shape,"float32"),L=1/(d*h*g),W=t.bufferSync(n);for(let G=0;G<l.batchSize;++G)for(let q=0;q<l.inChannels;++q)for(let H=0;H<l.inDepth;++H)for(let j=0;j<l.inHeight;++j)for(let X=0;X<l.inWidth;++X){let J=H-A,ee=j-F,ae=X-R,oe=0;for(let ie=0;ie<C;ie+=x){let re=(J+ie)/p;if(!(re<0||re>=l.outDepth||Math.floor(re)!==re))for(let ne=0;ne<T;ne+=y){let ue=(ee+ne)/m;if(!(ue<0||ue>=l.outHeight||Math.floor(ue)!==ue))for(let pe=0;pe<$;pe+=w){let ge=(ae+pe)/f;if(ge<0||ge>=l.outWidth||Math.floor(ge)!==ge)continue;let ke=W.get(G,re,ue,ge,q);oe+=ke}}}M.set(oe*L,G,H,j,X,q)}return t.makeTensorInfo(M.shape,M.dtype,M.values)}var PR={kernelName:Gc,backendName:"cpu",kernelFunc:vJ};v();we();function IJ(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,input:s}=e,a=s;Q([n,s],"avgPoolGrad");let{filterSize:c,strides:u,pad:i}=o,l=S.computePool2DInfo(a.shape,c,u,1,i),p=l.strideHeight,m=l.strideWidth,f=l.filterHeight,d=l.filterWidth,h=l.dilationHeight,g=l.dilationWidth,x=l.effectiveFilterHeight,y=l.effectiveFilterWidth,w=y-1-l.padInfo.left,C=x-1-l.padInfo.top,T=be(a.shape,"float32"),$=1/(f*d),A=t.data.get(n.dataId).values,R=be(n.shape,"float32",A);for(let F=0;F<l.batchSize;++F)for(let M=0;M<l.inChannels;++M)for(let L=0;L<l.inHeight;++L)for(let W=0;W<l.inWidth;++W){let G=L-C,q=W-w,H=0;for(let j=0;j<x;j+=h){let X=(G+j)/p;if(!(X<0||X>=l.outHeight||Math.floor(X)!==X))for(let J=0;J<y;J+=g){let ee=(q+J)/m;if(ee<0||ee>=l.outWidth||Math.floor(ee)!==ee)continue;let ae=R.get(F,X,ee,M);H+=ae}}T.set(H*$,F,L,W,M)}return t.makeTensorInfo(T.shape,T.dtype,T.values)}var OR={kernelName:Vc,backendName:"cpu",kernelFunc:IJ};v();we();function CJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,scale:s,offset:a,mean:c,variance:u}=e;b.assert(c.shape.length===u.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),b.assert(a==null||c.shape.length===a.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),b.assert(s==null||c.shape.length===s.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks."),Q([n,c,u,s,a],"batchNorm");let{varianceEpsilon:i}=o;i==null&&(i=.001);let l=t.data.get(n.dataId).values,p=t.data.get(c.dataId).values,m=t.data.get(u.dataId).values,f=s?t.data.get(s.dataId).values:new Float32Array([1]),d=a?t.data.get(a.dataId).values:new Float32Array([0]),h=new Float32Array(l.length),g=d.length,x=f.length,y=m.length,w=p.length,C=0,T=0,$=0,A=0;for(let R=0;R<l.length;++R)h[R]=d[C++]+(l[R]-p[T++])*f[$++]/Math.sqrt(m[A++]+i),C>=g&&(C=0),T>=w&&(T=0),$>=x&&($=0),A>=y&&(A=0);return t.makeTensorInfo(n.shape,n.dtype,h)}var BR={kernelName:Gn,backendName:"cpu",kernelFunc:CJ};v();we();Cc();Jr();function SJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{blockShape:s,crops:a}=o;Q([n],"batchToSpaceND");let c=s.reduce((x,y)=>x*y),u=S.getReshaped(n.shape,s,c),i=S.getPermuted(u.length,s.length),l=S.getReshapedPermuted(n.shape,s,c),p=S.getSliceBeginCoords(a,s.length),m=S.getSliceSize(l,a,s.length),f=He({inputs:{x:n},backend:t,attrs:{shape:u}}),d=St({inputs:{x:f},backend:t,attrs:{perm:i}}),h=He({inputs:{x:d},backend:t,attrs:{shape:l}}),g=Ro({inputs:{x:h},backend:t,attrs:{begin:p,size:m}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(h),g}var LR={kernelName:_a,backendName:"cpu",kernelFunc:SJ};v();kh();function kJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,weights:s}=e,{size:a}=o,c=t.data.get(n.dataId).values,u=t.data.get(s.dataId).values,i=rp(c,u,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,i)}var WR={kernelName:In,backendName:"cpu",kernelFunc:kJ};tC();v();function _J(r){let{inputs:e,backend:t}=r,{s0:o,s1:n}=e,s=t.data.get(o.dataId).values,a=t.data.get(n.dataId).values,c=S.assertAndGetBroadcastShape(Array.from(s),Array.from(a));return t.makeTensorInfo([c.length],"int32",Int32Array.from(c))}var VR={kernelName:Ta,backendName:"cpu",kernelFunc:_J};Pu();oC();v();tt();var TJ=_e(Wo,(r,e)=>{let t=e;return r>t.clipValueMax?t.clipValueMax:r<t.clipValueMin?t.clipValueMin:r}),GR={kernelName:Wo,backendName:"cpu",kernelFunc:TJ};Ai();v();var NJ=r=>{let{x:e}=r.inputs,t=r.backend,o=new Float32Array(b.sizeFromShape(e.shape)),n=t.data.get(e.dataId),s=n.complexTensorInfos.real,a=n.complexTensorInfos.imag,c=t.data.get(s.dataId).values,u=t.data.get(a.dataId).values;for(let i=0;i<c.length;i++){let l=c[i],p=u[i];o[i]=Math.hypot(l,p)}return t.makeOutput(o,e.shape,"float32")},UR={kernelName:zc,backendName:"cpu",kernelFunc:NJ};v();Ai();nC();aa();v();function ca(r){let{inputs:e,backend:t}=r,{input:o}=e,n=t.data.get(o.dataId).complexTensorInfos.imag,s=t.data.get(n.dataId).values;return t.makeTensorInfo(n.shape,n.dtype,s)}var zR={kernelName:Zc,backendName:"cpu",kernelFunc:ca};Mu();function Sc(r){let{inputs:e,backend:t,attrs:o}=r,{axis:n}=o,s=b.parseAxisParam(n,e[0].shape)[0],a=e.map(h=>h.shape);S.assertParamsConsistent(a,s);let c=S.computeOutShape(e.map(h=>h.shape),s);if(b.sizeFromShape(c)===0)return t.makeTensorInfo(c,e[0].dtype,[]);let u=e.filter(h=>b.sizeFromShape(h.shape)>0);if(u.length===1)return yr({inputs:{x:u[0]},backend:t});if(u[0].dtype==="complex64"){let h=u.map(C=>Eo({inputs:{input:C},backend:t})),g=u.map(C=>ca({inputs:{input:C},backend:t})),x=Sc({inputs:h,backend:t,attrs:{axis:s}}),y=Sc({inputs:g,backend:t,attrs:{axis:s}}),w=Yt({inputs:{real:x,imag:y},backend:t});return h.forEach(C=>t.disposeIntermediateTensorInfo(C)),g.forEach(C=>t.disposeIntermediateTensorInfo(C)),t.disposeIntermediateTensorInfo(x),t.disposeIntermediateTensorInfo(y),w}let i=u.map(h=>{let x=[-1,b.sizeFromShape(h.shape.slice(s))];return He({inputs:{x:h},backend:t,attrs:{shape:x}})}),l=i.map(h=>({vals:t.data.get(h.dataId).values,shape:h.shape}));c=S.computeOutShape(i.map(h=>h.shape),1);let p=i[0].shape[0]===1,m=Bu(l,c,e[0].dtype,p),f=S.computeOutShape(u.map(h=>h.shape),s),d=t.makeTensorInfo(f,e[0].dtype,m);return i.forEach(h=>t.disposeIntermediateTensorInfo(h)),d}var HR={kernelName:Na,backendName:"cpu",kernelFunc:Sc};v();we();function g0(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s}=e,{strides:a,pad:c,dataFormat:u,dilations:i,dimRoundingMode:l}=o;Q([n,s],"conv2d");let p=S.convertConv2DDataFormat(u),m=S.computeConv2DInfo(n.shape,s.shape,a,i,c,l,!1,p),f=m.filterHeight,d=m.filterWidth,h=m.dilationHeight,g=m.dilationWidth,x=m.padInfo.left,y=m.padInfo.top,w=m.dataFormat==="channelsLast",C=new Qe(m.outShape,n.dtype),T=b.computeStrides(n.shape),$=b.computeStrides(s.shape),A=T[0],R=w?T[1]:T[2],F=w?T[2]:1,M=w?1:T[1],L=C.strides[0],W=w?C.strides[1]:C.strides[2],G=w?C.strides[2]:1,q=w?1:C.strides[1],H=t.data.get(n.dataId).values,j=t.data.get(s.dataId).values,X=C.values;for(let J=0;J<m.batchSize;++J){let ee=J*A,ae=J*L;for(let oe=0;oe<m.outHeight;++oe){let ie=ae+oe*W,re=oe*m.strideHeight-y;for(let ne=0;ne<f;++ne){let ue=re+ne*h;if(ue<0||ue>=m.inHeight)continue;let pe=ne*$[0],ge=ee+ue*R;for(let ke=0;ke<m.outWidth;++ke){let Se=ie+ke*G,Fe=ke*m.strideWidth-x;for(let Ae=0;Ae<d;++Ae){let Ze=Fe+Ae*g;if(Ze<0||Ze>=m.inWidth)continue;let Re=pe+Ae*$[1],Me=ge+Ze*F,rt=Re;for(let st=0;st<m.inChannels;++st){let dt=H[Me+st*M];for(let ht=0;ht<m.outChannels;++ht)X[Se+ht*q]+=dt*j[rt+ht];rt+=m.outChannels}}}}}}return t.makeTensorInfo(C.shape,C.dtype,X)}var qR={kernelName:kn,backendName:"cpu",kernelFunc:g0};v();we();function EJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,dy:s}=e,{strides:a,pad:c,dataFormat:u,dimRoundingMode:i,filterShape:l}=o;Q([n,s],"conv2dBackpropFilter");let p=S.convertConv2DDataFormat(u),m=S.computeConv2DInfo(n.shape,l,a,1,c,i,!1,p),{strideHeight:f,strideWidth:d,filterHeight:h,filterWidth:g}=m,x=m.dataFormat==="channelsLast",y=new Qe(m.filterShape,"float32"),w=m.padInfo.left,C=m.padInfo.top,T=t.data.get(n.dataId).values,$=t.data.get(s.dataId).values,A=new Qe(n.shape,n.dtype,T),R=new Qe(s.shape,s.dtype,$);for(let F=0;F<h;++F){let M=Math.max(0,Math.ceil((C-F)/f)),L=Math.min(m.outHeight,(m.inHeight+C-F)/f);for(let W=0;W<g;++W){let G=Math.max(0,Math.ceil((w-W)/d)),q=Math.min(m.outWidth,(m.inWidth+w-W)/d);for(let H=0;H<m.inChannels;++H)for(let j=0;j<m.outChannels;++j){let X=0;for(let J=0;J<m.batchSize;++J)for(let ee=M;ee<L;++ee){let ae=F+ee*f-C;for(let oe=G;oe<q;++oe){let ie=W+oe*d-w;x?X+=A.get(J,ae,ie,H)*R.get(J,ee,oe,j):X+=A.get(J,H,ae,ie)*R.get(J,j,ee,oe)}}y.set(X,F,W,H,j)}}}return t.makeTensorInfo(y.shape,y.dtype,y.values)}var KR={kernelName:Hc,backendName:"cpu",kernelFunc:EJ};v();we();function $J(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,filter:s}=e,{inputShape:a,strides:c,pad:u,dataFormat:i,dimRoundingMode:l}=o;Q([n,s],"conv2dBackpropInput");let p=b.computeStrides(s.shape),m=b.computeStrides(n.shape),f=S.convertConv2DDataFormat(i),d=S.computeConv2DInfo(a,s.shape,c,1,u,l,!1,f),h=new Qe(d.inShape,"float32"),g=h.values,x=t.data.get(n.dataId).values,y=t.data.get(s.dataId).values,[w,C,T]=p,{batchSize:$,filterHeight:A,filterWidth:R,inChannels:F,inHeight:M,inWidth:L,outChannels:W,outHeight:G,outWidth:q,strideHeight:H,strideWidth:j}=d;f=d.dataFormat;let X=A-1-d.padInfo.top,J=R-1-d.padInfo.left,ee=f==="channelsLast",ae=h.strides[0],oe=ee?h.strides[1]:h.strides[2],ie=ee?h.strides[2]:1,re=ee?1:h.strides[1],ne=m[0],ue=ee?m[1]:m[2],pe=ee?m[2]:1,ge=ee?1:m[1];for(let ke=0;ke<$;++ke)for(let Se=0;Se<F;++Se)for(let Fe=0;Fe<M;++Fe){let Ae=Fe-X,Ze=Math.max(0,Math.ceil(Ae/H)),Re=Math.min(G,(A+Ae)/H);for(let Me=0;Me<L;++Me){let rt=Me-J,st=Math.max(0,Math.ceil(rt/j)),dt=Math.min(q,(R+rt)/j),ht=0;for(let Ot=Ze;Ot<Re;++Ot){let ro=Ot*H-Ae;for(let pr=st;pr<dt;++pr){let Et=pr*j-rt,mr=ne*ke+ue*Ot+pe*pr,fr=w*(A-1-ro)+C*(R-1-Et)+T*Se;for(let oo=0;oo<W;++oo){let no=x[mr+ge*oo],vr=y[fr+oo];ht+=no*vr}}}let Hr=ae*ke+oe*Fe+ie*Me+re*Se;g[Hr]=ht}}return t.makeTensorInfo(h.shape,h.dtype,h.values)}var jR={kernelName:_n,backendName:"cpu",kernelFunc:$J};v();we();function AJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s}=e,{strides:a,pad:c,dilations:u}=o;Q([n,s],"conv3d");let i=S.computeConv3DInfo(n.shape,s.shape,a,u,c),{filterDepth:l,filterHeight:p,filterWidth:m,dilationDepth:f,dilationHeight:d,dilationWidth:h,padInfo:g}=i,x=g.front,y=g.left,w=g.top,C=new Qe(i.outShape,n.dtype),T=t.data.get(n.dataId).values,$=t.data.get(s.dataId).values,A=C.values,R=b.computeStrides(n.shape),F=b.computeStrides(s.shape);for(let M=0;M<i.batchSize;++M){let L=M*R[0],W=M*C.strides[0];for(let G=0;G<i.outDepth;++G){let q=W+G*C.strides[1],H=G*i.strideDepth-x;for(let j=0;j<l;++j){let X=H+j*f;if(X<0||X>=i.inDepth)continue;let J=j*F[0],ee=L+X*R[1];for(let ae=0;ae<i.outHeight;++ae){let oe=q+ae*C.strides[2],ie=ae*i.strideHeight-w;for(let re=0;re<p;++re){let ne=ie+re*d;if(ne<0||ne>=i.inHeight)continue;let ue=J+re*F[1],pe=ee+ne*R[2];for(let ge=0;ge<i.outWidth;++ge){let ke=oe+ge*i.outChannels,Se=ge*i.strideWidth-y;for(let Fe=0;Fe<m;++Fe){let Ae=Se+Fe*h;if(Ae<0||Ae>=i.inWidth)continue;let Ze=ue+Fe*F[2],Re=pe+Ae*i.inChannels,Me=Ze;for(let rt=0;rt<i.inChannels;++rt){let st=T[Re+rt];for(let dt=0;dt<i.outChannels;++dt)A[ke+dt]+=st*$[Me+dt];Me+=i.outChannels}}}}}}}}return t.makeTensorInfo(C.shape,C.dtype,C.values)}var XR={kernelName:Tn,backendName:"cpu",kernelFunc:AJ};v();we();function RJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,dy:s}=e,{strides:a,pad:c,filterShape:u}=o;Q([n,s],"conv3dBackpropFilterV2");let i=b.computeStrides(n.shape),l=b.computeStrides(s.shape),p=S.computeConv3DInfo(n.shape,u,a,1,c),m=p.strideDepth,f=p.strideHeight,d=p.strideWidth,h=p.filterDepth,g=p.filterHeight,x=p.filterWidth,y=new Qe(p.filterShape,"float32"),w=y.values,[C,T,$,A]=y.strides,R=t.data.get(s.dataId).values,[F,M,L,W]=l,G=t.data.get(n.dataId).values,[q,H,j,X]=i,J=p.padInfo.front,ee=p.padInfo.left,ae=p.padInfo.top;for(let oe=0;oe<h;++oe){let ie=Math.max(0,Math.ceil((J-oe)/m)),re=Math.min(p.outDepth,(p.inDepth+J-oe)/m),ne=oe*C;for(let ue=0;ue<g;++ue){let pe=Math.max(0,Math.ceil((ae-ue)/f)),ge=Math.min(p.outHeight,(p.inHeight+ae-ue)/f),ke=ue*T+ne;for(let Se=0;Se<x;++Se){let Fe=Math.max(0,Math.ceil((ee-Se)/d)),Ae=Math.min(p.outWidth,(p.inWidth+ee-Se)/d),Ze=Se*$+ke;for(let Re=0;Re<p.inChannels;++Re){let Me=Re*A+Ze;for(let rt=0;rt<p.outChannels;++rt){let st=0;for(let dt=0;dt<p.batchSize;++dt){let ht=dt*q,Hr=dt*F;for(let Ot=ie;Ot<re;++Ot){let pr=(oe+Ot*m-J)*H+ht,Et=Ot*M+Hr;for(let mr=pe;mr<ge;++mr){let oo=(ue+mr*f-ae)*j+pr,no=mr*L+Et;for(let vr=Fe;vr<Ae;++vr){let Po=(Se+vr*d-ee)*X+oo,cn=vr*W+no;st+=G[Po+Re]*R[cn+rt]}}}}w[Me+rt]=st}}}}}return t.makeTensorInfo(y.shape,y.dtype,y.values)}var YR={kernelName:qi,backendName:"cpu",kernelFunc:RJ};v();we();function DJ(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,filter:s}=e,{pad:a,strides:c,inputShape:u}=o;Q([n],"conv3dBackpropInputV2");let i=b.computeStrides(n.shape),l=b.computeStrides(s.shape),p=S.computeConv3DInfo(u,s.shape,c,1,a),m=new Qe(p.inShape,"float32"),f=m.values,[d,h,g,x]=m.strides,y=t.data.get(n.dataId).values,[w,C,T,$]=i,A=t.data.get(s.dataId).values,[R,F,M,L]=l,{batchSize:W,filterDepth:G,filterHeight:q,filterWidth:H,inChannels:j,inDepth:X,inHeight:J,inWidth:ee,outChannels:ae,outDepth:oe,outHeight:ie,outWidth:re,strideDepth:ne,strideHeight:ue,strideWidth:pe}=p,ge=G-1-p.padInfo.front,ke=q-1-p.padInfo.top,Se=H-1-p.padInfo.left;for(let Fe=0;Fe<W;++Fe)for(let Ae=0;Ae<j;++Ae)for(let Ze=0;Ze<X;++Ze){let Re=Ze-ge,Me=Math.max(0,Math.ceil(Re/ne)),rt=Math.min(oe,(G+Re)/ne);for(let st=0;st<J;++st){let dt=st-ke,ht=Math.max(0,Math.ceil(dt/ue)),Hr=Math.min(ie,(q+dt)/ue);for(let Ot=0;Ot<ee;++Ot){let ro=Ot-Se,pr=Math.max(0,Math.ceil(ro/pe)),Et=Math.min(re,(H+ro)/pe),mr=0;for(let fr=Me;fr<rt;++fr){let oo=fr*ne-Re;for(let no=ht;no<Hr;++no){let vr=no*ue-dt;for(let da=pr;da<Et;++da){let Po=da*pe-ro,cn=w*Fe+C*fr+T*no+$*da,or=R*(G-1-oo)+F*(q-1-vr)+M*(H-1-Po)+L*Ae;for(let ha=0;ha<ae;++ha){let Np=y[cn+ha],Ep=A[or+ha];mr+=Np*Ep}}}}f[d*Fe+h*Ze+g*st+x*Ot+Ae]=mr}}}return t.makeTensorInfo(m.shape,m.dtype,m.values)}var JR={kernelName:Nn,backendName:"cpu",kernelFunc:DJ};v();tt();var FJ=_e("Cos",r=>Math.cos(r)),ZR={kernelName:"Cos",backendName:"cpu",kernelFunc:FJ};v();tt();var MJ=_e(En,r=>Math.cosh(r)),QR={kernelName:En,backendName:"cpu",kernelFunc:MJ};v();function PJ(r){let{inputs:e,backend:t,attrs:o}=r,{image:n,boxes:s,boxInd:a}=e,{cropSize:c,method:u,extrapolationValue:i}=o,[l,p,m,f]=n.shape,d=s.shape[0],[h,g]=c,x=be([d,h,g,f],"float32"),y=t.data.get(s.dataId).values,w=t.data.get(a.dataId).values,C=t.data.get(n.dataId).values,T=b.computeStrides(n.shape),$=b.computeStrides(x.shape);for(let A=0;A<d;A++){let R=A*4,F=y[R],M=y[R+1],L=y[R+2],W=y[R+3],G=w[A];if(G>=l)continue;let q=h>1?(L-F)*(p-1)/(h-1):0,H=g>1?(W-M)*(m-1)/(g-1):0;for(let j=0;j<h;j++){let X=h>1?F*(p-1)+j*q:.5*(F+L)*(p-1);if(X<0||X>p-1){for(let J=0;J<g;J++)for(let ee=0;ee<f;ee++){let ae=ee+J*$[2]+j*$[1]+A*$[0];x.values[ae]=i}continue}if(u==="bilinear"){let J=Math.floor(X),ee=Math.ceil(X),ae=X-J;for(let oe=0;oe<g;oe++){let ie=g>1?M*(m-1)+oe*H:.5*(M+W)*(m-1);if(ie<0||ie>m-1){for(let pe=0;pe<f;pe++){let ge=pe+oe*$[2]+j*$[1]+A*$[0];x.values[ge]=i}continue}let re=Math.floor(ie),ne=Math.ceil(ie),ue=ie-re;for(let pe=0;pe<f;pe++){let ge=pe+re*T[2]+J*T[1]+G*T[0],ke=C[ge];ge=pe+ne*T[2]+J*T[1]+G*T[0];let Se=C[ge];ge=pe+re*T[2]+ee*T[1]+G*T[0];let Fe=C[ge];ge=pe+ne*T[2]+ee*T[1]+G*T[0];let Ae=C[ge],Ze=ke+(Se-ke)*ue,Re=Fe+(Ae-Fe)*ue;ge=pe+oe*$[2]+j*$[1]+A*$[0],x.values[ge]=Ze+(Re-Ze)*ae}}}else for(let J=0;J<g;++J){let ee=g>1?M*(m-1)+J*H:.5*(M+W)*(m-1);if(ee<0||ee>m-1){for(let ie=0;ie<f;ie++){let re=ie+J*$[2]+j*$[1]+A*$[0];x.values[re]=i}continue}let ae=Math.round(ee),oe=Math.round(X);for(let ie=0;ie<f;ie++){let re=ie+ae*T[2]+oe*T[1]+G*T[0],ne=ie+J*$[2]+j*$[1]+A*$[0];x.values[ne]=C[re]}}}}return t.makeTensorInfo(x.shape,x.dtype,x.values)}var eD={kernelName:Rn,backendName:"cpu",kernelFunc:PJ};v();we();Jr();function OJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,exclusive:a,reverse:c}=o;Q(n,"cumprod");let u=S.getAxesPermutation([s],n.shape.length),i=n;u!=null&&(i=St({inputs:{x:n},backend:t,attrs:{perm:u}}));let l=S.getInnerMostAxes(1,n.shape.length)[0];if(l!==i.shape.length-1)throw new Error(`backend.cumprod in CPU expects an inner-most axis=${i.shape.length-1} but got axis=${l}`);let p=Pt(i.dtype,"int32"),m=b.makeOnesTypedArray(b.sizeFromShape(i.shape),p),f=t.data.get(i.dataId).values,d=i.shape[i.shape.length-1],h=c?(x,y)=>x+d-y-1:(x,y)=>x+y;for(let x=0;x<f.length;x+=d)for(let y=0;y<d;y++){let w=h(x,y);if(y===0)m[w]=a?1:f[w];else{let C=h(x,y-1);m[w]=a?f[C]*m[C]:f[w]*m[C]}}let g=t.makeTensorInfo(i.shape,p,m);if(u!=null){let x=S.getUndoAxesPermutation(u),y=St({inputs:{x:g},backend:t,attrs:{perm:x}});return t.disposeIntermediateTensorInfo(g),t.disposeIntermediateTensorInfo(i),y}return g}var tD={kernelName:$n,backendName:"cpu",kernelFunc:OJ};v();we();Jr();function BJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,exclusive:a,reverse:c}=o;Q(n,"cumsum");let u=S.getAxesPermutation([s],n.shape.length),i=n;u!=null&&(i=St({inputs:{x:n},backend:t,attrs:{perm:u}}));let l=S.getInnerMostAxes(1,n.shape.length)[0];if(l!==i.shape.length-1)throw new Error(`backend.cumsum in CPU expects an inner-most axis=${i.shape.length-1} but got axis=${l}`);let p=Pt(i.dtype,"int32"),m=b.makeZerosTypedArray(b.sizeFromShape(i.shape),p),f=t.data.get(i.dataId).values,d=i.shape[i.shape.length-1],h=c?(x,y)=>x+d-y-1:(x,y)=>x+y;for(let x=0;x<f.length;x+=d)for(let y=0;y<d;y++){let w=h(x,y);if(y===0)m[w]=a?0:f[w];else{let C=h(x,y-1);m[w]=a?f[C]+m[C]:f[w]+m[C]}}let g=t.makeTensorInfo(i.shape,p,m);if(u!=null){let x=S.getUndoAxesPermutation(u),y=St({inputs:{x:g},backend:t,attrs:{perm:x}});return t.disposeIntermediateTensorInfo(g),t.disposeIntermediateTensorInfo(i),y}return g}var rD={kernelName:An,backendName:"cpu",kernelFunc:BJ};v();kh();function LJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,weights:s}=e,{size:a,binaryOutput:c}=o;if(n.shape.length===1){let u=t.data.get(n.dataId).values,i=t.data.get(s.dataId).values,l=rp(u,i,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,l)}else if(n.shape.length===2){let u=t.bufferSync(n),i=t.bufferSync(s),l=Sh(u,i,a,c);return t.makeTensorInfo(l.shape,s.dtype,l.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${n.shape.length}.`)}var oD={kernelName:$a,backendName:"cpu",kernelFunc:LJ};v();function WJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{blockSize:s,dataFormat:a}=o;b.assert(a==="NHWC",()=>`Only NHWC dataFormat supported on CPU for depthToSpace. Got ${a}`);let c=n.shape[0],u=n.shape[1],i=n.shape[2],l=n.shape[3],p=u*s,m=i*s,f=l/(s*s),d=t.data.get(n.dataId).values,h=new Float32Array(c*p*m*f),g=0;for(let x=0;x<c;++x)for(let y=0;y<p;++y){let w=Math.floor(y/s),C=y%s;for(let T=0;T<m;++T){let $=Math.floor(T/s),A=T%s,R=(C*s+A)*f;for(let F=0;F<f;++F){let L=F+R+l*($+i*(w+u*x));h[g++]=d[L]}}}return t.makeTensorInfo([c,p,m,f],n.dtype,h)}var nD={kernelName:Dn,backendName:"cpu",kernelFunc:WJ};v();we();function x0(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s}=e,{strides:a,pad:c,dilations:u,dimRoundingMode:i}=o;Q([n,s],"depthwiseConv2DNative");let l=b.computeStrides(n.shape),p=b.computeStrides(s.shape),m=u;m==null&&(m=[1,1]),b.assert(S.eitherStridesOrDilationsAreOne(a,m),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${a} and dilations '${m}'`);let f=S.computeConv2DInfo(n.shape,s.shape,a,m,c,i,!0),{filterHeight:d,filterWidth:h,dilationHeight:g,dilationWidth:x,padInfo:y}=f,w=y.left,C=y.top,T=f.outChannels/f.inChannels,$=new Qe(f.outShape,n.dtype),A=t.data.get(n.dataId).values,R=t.data.get(s.dataId).values,F=$.values;for(let M=0;M<f.batchSize;++M){let L=M*l[0],W=M*$.strides[0];for(let G=0;G<f.outHeight;++G){let q=W+G*$.strides[1],H=G*f.strideHeight-C;for(let j=0;j<d;++j){let X=H+j*g;if(X<0||X>=f.inHeight)continue;let J=j*p[0],ee=L+X*l[1];for(let ae=0;ae<f.outWidth;++ae){let oe=q+ae*$.strides[2],ie=ae*f.strideWidth-w;for(let re=0;re<h;++re){let ne=ie+re*x;if(ne<0||ne>=f.inWidth)continue;let ue=J+re*p[1],pe=ee+ne*f.inChannels,ge=oe,ke=ue;for(let Se=0;Se<f.inChannels;++Se){let Fe=A[pe+Se];for(let Ae=0;Ae<T;++Ae)F[ge+Ae]+=Fe*R[ke+Ae];ge+=T,ke+=T}}}}}}return t.makeTensorInfo($.shape,$.dtype,$.values)}var sD={kernelName:Fn,backendName:"cpu",kernelFunc:x0};v();we();function VJ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,dy:s}=e,{strides:a,dilations:c,pad:u,dimRoundingMode:i,filterShape:l}=o;Q([n,s],"depthwiseConv2dNativeBackpropFilter");let p=S.computeConv2DInfo(n.shape,l,a,c,u,i,!0),{strideHeight:m,strideWidth:f,filterHeight:d,filterWidth:h}=p,g=new Qe(p.filterShape,"float32"),x=p.padInfo.left,y=p.padInfo.top,w=p.outChannels/p.inChannels,C=t.data.get(n.dataId).values,T=new Qe(n.shape,n.dtype,C),$=t.data.get(s.dataId).values,A=new Qe(s.shape,s.dtype,$);for(let R=0;R<d;++R){let F=Math.max(0,Math.ceil((y-R)/m)),M=Math.min(p.outHeight,(p.inHeight+y-R)/m);for(let L=0;L<h;++L){let W=Math.max(0,Math.ceil((x-L)/f)),G=Math.min(p.outWidth,(p.inWidth+x-L)/f);for(let q=0;q<p.outChannels;++q){let H=Math.trunc(q/w),j=q%w,X=0;for(let J=0;J<p.batchSize;++J)for(let ee=F;ee<M;++ee){let ae=R+ee*m-y;for(let oe=W;oe<G;++oe){let ie=L+oe*f-x;X+=T.get(J,ae,ie,H)*A.get(J,ee,oe,q)}}g.set(X,R,L,H,j)}}}return t.makeTensorInfo(g.shape,g.dtype,g.values)}var aD={kernelName:qc,backendName:"cpu",kernelFunc:VJ};v();we();function GJ(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,filter:s}=e,{strides:a,dilations:c,pad:u,dimRoundingMode:i,inputShape:l}=o;Q([n,s],"depthwiseConv2DNativeBackpropInput");let p=b.computeStrides(n.shape),m=b.computeStrides(s.shape),f=S.computeConv2DInfo(l,s.shape,a,c,u,i,!0),d=new Qe(f.inShape,"float32"),h=d.values,[g,x,y]=d.strides,w=t.data.get(n.dataId).values,[C,T,$]=p,A=t.data.get(s.dataId).values,[R,F,M]=m,{batchSize:L,filterHeight:W,filterWidth:G,inChannels:q,inHeight:H,inWidth:j,outChannels:X,outHeight:J,outWidth:ee,strideHeight:ae,strideWidth:oe}=f,ie=W-1-f.padInfo.top,re=G-1-f.padInfo.left,ne=X/q;for(let ue=0;ue<L;++ue)for(let pe=0;pe<q;++pe)for(let ge=0;ge<H;++ge){let ke=ge-ie,Se=Math.max(0,Math.ceil(ke/ae)),Fe=Math.min(J,(W+ke)/ae);for(let Ae=0;Ae<j;++Ae){let Ze=Ae-re,Re=Math.max(0,Math.ceil(Ze/oe)),Me=Math.min(ee,(G+Ze)/oe),rt=0;for(let st=Se;st<Fe;++st){let dt=st*ae-ke;for(let ht=Re;ht<Me;++ht){let Hr=ht*oe-Ze,Ot=C*ue+T*st+$*ht,ro=R*(W-1-dt)+F*(G-1-Hr)+M*pe;for(let pr=0;pr<ne;++pr){let Et=pe*ne+pr,mr=w[Ot+Et],fr=A[ro+pr];rt+=mr*fr}}}h[g*ue+x*ge+y*Ae+pe]=rt}}return t.makeTensorInfo(d.shape,d.dtype,d.values)}var iD={kernelName:Kc,backendName:"cpu",kernelFunc:GJ};v();function UJ(r){let{inputs:e,backend:t}=r,{x:o}=e,n=b.sizeFromShape(o.shape),s=t.data.get(o.dataId).values,a=be([n,n],o.dtype),c=a.values;for(let i=0;i<s.length;i++)c[i*n+i]=s[i];let u=[...o.shape,...o.shape];return t.makeTensorInfo(u,a.dtype,a.values)}var cD={kernelName:Aa,backendName:"cpu",kernelFunc:UJ};v();var uD={kernelName:Mn,backendName:"cpu",kernelFunc:({inputs:r,backend:e,attrs:t})=>{let{x:o,filter:n}=r,{strides:s,pad:a,dilations:c}=t,u=e,i=u.data.get(o.dataId).values,l=o.shape.length,p=u.data.get(n.dataId).values,m=n.shape.length,{batchSize:f,inHeight:d,inWidth:h,inChannels:g,outHeight:x,outWidth:y,padInfo:w,strideHeight:C,strideWidth:T,filterHeight:$,filterWidth:A,dilationHeight:R,dilationWidth:F,outShape:M}=S.computeDilation2DInfo(o.shape,n.shape,s,a,"NHWC",c),L=b.sizeFromShape(M),W=M.length,G=b.getArrayFromDType(o.dtype,L);for(let H=0;H<f;++H)for(let j=0;j<x;++j){let X=j*C-w.top;for(let J=0;J<y;++J){let ee=J*T-w.left;for(let ae=0;ae<g;++ae){let oe=Number.MIN_SAFE_INTEGER;for(let re=0;re<$;++re){let ne=X+re*R;if(ne>=0&&ne<d)for(let ue=0;ue<A;++ue){let pe=ee+ue*F;if(pe>=0&&pe<h){let ge=b.locToIndex([H,ne,pe,ae],l,b.computeStrides(o.shape)),ke=b.locToIndex([re,ue,ae],m,b.computeStrides(n.shape)),Se=i[ge]+p[ke];Se>oe&&(oe=Se)}}}let ie=b.locToIndex([H,j,J,ae],W,b.computeStrides(M));G[ie]=oe}}}return{dataId:u.write(b.toTypedArray(G,o.dtype),M,o.dtype),shape:M,dtype:o.dtype}}};v();var lD={kernelName:Xc,backendName:"cpu",kernelFunc:({inputs:r,backend:e,attrs:t})=>{let{x:o,filter:n,dy:s}=r,{strides:a,pad:c,dilations:u}=t,i=e,l=b.toNestedArray(o.shape,i.data.get(o.dataId).values),p=b.toNestedArray(n.shape,i.data.get(n.dataId).values),{batchSize:m,inHeight:f,inWidth:d,inChannels:h,outHeight:g,outWidth:x,padInfo:y,strideHeight:w,strideWidth:C,filterHeight:T,filterWidth:$,dilationHeight:A,dilationWidth:R,outShape:F}=S.computeDilation2DInfo(o.shape,n.shape,a,c,"NHWC",u);b.assert(s.rank===F.length,()=>`Error in ${Xc}, dy must have the same rank as output ${F.length}, but got ${s.rank}`);let M=b.toNestedArray(F,i.data.get(s.dataId).values),L=b.makeZerosNestedTypedArray(n.shape,n.dtype);for(let G=0;G<m;++G)for(let q=0;q<g;++q){let H=q*w-y.top;for(let j=0;j<x;++j){let X=j*C-y.left;for(let J=0;J<h;++J){let ee=Number.MIN_SAFE_INTEGER,ae=0,oe=0;for(let ie=0;ie<T;++ie){let re=H+ie*A;if(re>=0&&re<f)for(let ne=0;ne<$;++ne){let ue=X+ne*R;if(ue>=0&&ue<d){let pe=l[G][re][ue][J]+p[ie][ne][J];pe>ee&&(ee=pe,ae=ie,oe=ne)}}}L[ae][oe][J]+=M[G][q][j][J]}}}return{dataId:i.write(b.toTypedArray(L,o.dtype),n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};v();var pD={kernelName:jc,backendName:"cpu",kernelFunc:({inputs:r,backend:e,attrs:t})=>{let{x:o,filter:n,dy:s}=r,{strides:a,pad:c,dilations:u}=t,i=e,l=b.toNestedArray(o.shape,i.data.get(o.dataId).values),p=b.toNestedArray(n.shape,i.data.get(n.dataId).values),{batchSize:m,inHeight:f,inWidth:d,inChannels:h,outHeight:g,outWidth:x,padInfo:y,strideHeight:w,strideWidth:C,filterHeight:T,filterWidth:$,dilationHeight:A,dilationWidth:R,outShape:F}=S.computeDilation2DInfo(o.shape,n.shape,a,c,"NHWC",u);b.assert(s.rank===F.length,()=>`Error in ${jc}, dy must have the same rank as output ${F.length}, but got ${s.rank}`);let M=b.toNestedArray(F,i.data.get(s.dataId).values),L=b.makeZerosNestedTypedArray(o.shape,o.dtype);for(let G=0;G<m;++G)for(let q=0;q<g;++q){let H=q*w-y.top;for(let j=0;j<x;++j){let X=j*C-y.left;for(let J=0;J<h;++J){let ee=Number.MIN_SAFE_INTEGER,ae=H<0?0:H,oe=X<0?0:X;for(let ie=0;ie<T;++ie){let re=H+ie*A;if(re>=0&&re<f)for(let ne=0;ne<$;++ne){let ue=X+ne*R;if(ue>=0&&ue<d){let pe=l[G][re][ue][J]+p[ie][ne][J];pe>ee&&(ee=pe,ae=re,oe=ue)}}}L[G][ae][oe][J]+=M[G][q][j][J]}}}return{dataId:i.write(b.toTypedArray(L,o.dtype),o.shape,o.dtype),shape:o.shape,dtype:o.dtype}}};v();function zJ(r){let{inputs:e,backend:t,attrs:o}=r,{image:n}=e,{canvas:s,options:a}=o,{contextOptions:c,imageOptions:u}=a||{},i=u?.alpha||1,l=c?.contextType||"2d";if(l!=="2d")throw new Error(`Context type ${c.contextType} is not supported by the CPU backend.`);let p=s.getContext(l,c?.contextAttributes||{});if(p==null)throw new Error(`Could not get the context with ${l} type.`);let[m,f]=n.shape.slice(0,2),d=n.shape.length===2?1:n.shape[2],h=t.data.get(n.dataId).values,g=n.dtype==="float32"?255:1,x=new Uint8ClampedArray(f*m*4);for(let w=0;w<m*f;++w){let C=[0,0,0,255*i];for(let $=0;$<d;$++){let A=h[w*d+$];if(n.dtype==="float32"){if(A<0||A>1)throw new Error(`Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${A}.`)}else if(n.dtype==="int32"&&(A<0||A>255))throw new Error(`Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${A}.`);d===1?(C[0]=A*g,C[1]=A*g,C[2]=A*g):C[$]=A*g}let T=w*4;x[T+0]=Math.round(C[0]),x[T+1]=Math.round(C[1]),x[T+2]=Math.round(C[2]),x[T+3]=Math.round(C[3])}s.width=f,s.height=m;let y=new ImageData(x,f,m);return p.putImageData(y,0,0),n}var mD={kernelName:vl,backendName:"cpu",kernelFunc:zJ};v();Wu();v();we();JI();Pu();aa();Jr();function Di(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,keepDims:a}=o;Q(n,"sum");let c;n.dtype==="bool"?c=$o({inputs:{x:n},backend:t,attrs:{dtype:"int32"}}):c=yr({inputs:{x:n},backend:t});let u=c.shape.length,i=b.parseAxisParam(s,c.shape),l=S.getAxesPermutation(i,u),p=i,m=c;l!=null&&(m=St({inputs:{x:c},backend:t,attrs:{perm:l}}),p=S.getInnerMostAxes(p.length,u)),S.assertAxesAreInnerMostDims("sum",p,m.shape.length);let[f,d]=S.computeOutAndReduceShapes(m.shape,p),h=S.upcastType(m.dtype,"int32"),g=ep(t,f,h),x=b.sizeFromShape(d),y=t.data.get(g.dataId).values,w=t.data.get(m.dataId).values;for(let C=0;C<y.length;++C){let T=C*x,$=0;for(let A=0;A<x;++A)$+=w[T+A];y[C]=$}if(a){let C=S.expandShapeToKeepDim(g.shape,i),T=g;g=He({inputs:{x:g},backend:t,attrs:{shape:C}}),t.disposeIntermediateTensorInfo(T)}return t.disposeIntermediateTensorInfo(c),l!=null&&t.disposeIntermediateTensorInfo(m),g}var fD={kernelName:"Sum",backendName:"cpu",kernelFunc:Di};Jr();function HJ(r){let{inputs:e,backend:t,attrs:o}=r,{equation:n}=o,s=e,{allDims:a,summedDims:c,idDims:u}=S.decodeEinsumEquation(n,s.length);S.checkEinsumDimSizes(a.length,u,s);let{path:i,steps:l}=S.getEinsumComputePath(c,u),p=l.length,m=null,f=a.length,d=[];for(let h=0;h<p;++h){for(let g of l[h]){let{permutationIndices:x,expandDims:y}=S.getEinsumPermutation(f,u[g]),w;S.isIdentityPermutation(x)?w=s[g]:(w=St({inputs:{x:s[g]},backend:t,attrs:{perm:x}}),d.push(w));let C=w.shape.slice();for(let T=0;T<y.length;++T)C.splice(y[T],0,1);b.arraysEqual(w.shape,C)||(w=He({inputs:{x:w},backend:t,attrs:{shape:C}}),d.push(w)),m===null?m=w:(m=Lu({inputs:{a:w,b:m},backend:t}),d.push(m))}h<p-1&&(i[h]>=0&&(m=Di({inputs:{x:m},backend:t,attrs:{axis:i[h]-(a.length-f),keepDims:!1}}),d.push(m)),f--)}for(let h of d)h!==m&&t.disposeIntermediateTensorInfo(h);return m}var dD={kernelName:Yc,backendName:"cpu",kernelFunc:HJ};v();we();function qJ(r){let{inputs:e,backend:t}=r,{dy:o,y:n}=e;Q([o,n],"eluGrad");let s=new Float32Array(b.sizeFromShape(n.shape)),a=t.data.get(n.dataId).values,c=t.data.get(o.dataId).values;for(let u=0;u<a.length;++u){let i=a[u];i>=0?s[u]=c[u]:s[u]=c[u]*(i+1)}return t.makeTensorInfo(n.shape,"float32",s)}var hD={kernelName:Ki,backendName:"cpu",kernelFunc:qJ};_h();v();tt();var KJ=S.ERF_P,jJ=S.ERF_A1,XJ=S.ERF_A2,YJ=S.ERF_A3,JJ=S.ERF_A4,ZJ=S.ERF_A5,QJ=_e("Erf",r=>{let e=Math.sign(r),t=Math.abs(r),o=1/(1+KJ*t);return e*(1-((((ZJ*o+JJ)*o+YJ)*o+XJ)*o+jJ)*o*Math.exp(-t*t))}),gD={kernelName:"Erf",backendName:"cpu",kernelFunc:QJ};Th();v();function ap(r){let{inputs:e,backend:t,attrs:o}=r,{input:n}=e,{dim:s}=o,a=n.shape.length,c=n.shape.slice(),u=s;return s<0&&(b.assert(-(a+1)<=s,()=>`Axis must be in the interval [${-(a+1)}, ${a}]`),u=a+s+1),c.splice(u,0,1),He({inputs:{x:n},backend:t,attrs:{shape:c}})}var xD={kernelName:Ma,backendName:"cpu",kernelFunc:ap};lC();v();v();Ou();Ai();aa();Wu();Mu();v();Wt();Jt();var eZ=ze((r,e)=>r/e),$m=Ye(Pn,eZ),Am={kernelName:Pn,backendName:"cpu",kernelFunc:$m};Cc();Nm();function Hh(r,e,t){let o=r.shape,n=o[0],s=o[1],a=t.data.get(r.dataId),c=a.complexTensorInfos.real,u=a.complexTensorInfos.imag,i=[n,s],l=b.sizeFromShape(i),p=b.getTypedArrayFromDType("float32",l),m=b.getTypedArrayFromDType("float32",l);for(let g=0;g<n;g++){let x=Ro({inputs:{x:c},backend:t,attrs:{begin:[g,0],size:[1,s]}}),y=Ro({inputs:{x:u},backend:t,attrs:{begin:[g,0],size:[1,s]}}),w=Yt({inputs:{real:x,imag:y},backend:t}),{real:C,imag:T}=tZ(w,e,t),$=S.mergeRealAndImagArrays(C,T);for(let A=0;A<s;A++){let R=S.getComplexWithIndex($,A);p[g*s+A]=R.real,m[g*s+A]=R.imag}t.disposeIntermediateTensorInfo(x),t.disposeIntermediateTensorInfo(y),t.disposeIntermediateTensorInfo(w)}let f=t.makeTensorInfo(i,"float32",p),d=t.makeTensorInfo(i,"float32",m),h=Yt({inputs:{real:f,imag:d},backend:t});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),h}function tZ(r,e,t){let o=b.sizeFromShape(r.shape),n=t.data.get(r.dataId),s=t.data.get(n.complexTensorInfos.real.dataId).values,a=t.data.get(n.complexTensorInfos.imag.dataId).values;if(rZ(o)){let c=b0(s,a,o,e,t),u=[r.shape[0],r.shape[1]];if(e){let i=t.makeTensorInfo(u,"float32",c.real),l=t.makeTensorInfo(u,"float32",c.imag),p=t.makeTensorInfo([],"float32",b.createScalarValue(o,"float32")),m=yr({inputs:{x:p},backend:t}),f=Am.kernelFunc({inputs:{a:i,b:p},backend:t}),d=Am.kernelFunc({inputs:{a:l,b:m},backend:t}),h=t.data.get(f.dataId).values,g=t.data.get(d.dataId).values;return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),{real:h,imag:g}}return c}else{let c=S.mergeRealAndImagArrays(s,a),u=oZ(c,o,e);return S.splitRealAndImagArrays(u)}}function rZ(r){return(r&r-1)===0}function b0(r,e,t,o,n){if(t===1)return{real:r,imag:e};let s=S.mergeRealAndImagArrays(r,e),a=t/2,c=S.complexWithEvenIndex(s),u=c.real,i=c.imag,l=[u.length],p=n.makeTensorInfo(l,"float32",u),m=n.makeTensorInfo(l,"float32",i),f=Yt({inputs:{real:p,imag:m},backend:n}),d=S.complexWithOddIndex(s),h=d.real,g=d.imag,x=[h.length],y=n.makeTensorInfo(x,"float32",h),w=n.makeTensorInfo(x,"float32",g),C=Yt({inputs:{real:y,imag:w},backend:n}),T=b0(u,i,a,o,n),$=T.real,A=T.imag,R=[$.length],F=n.makeTensorInfo(R,"float32",$),M=n.makeTensorInfo(R,"float32",A),L=Yt({inputs:{real:F,imag:M},backend:n}),W=b0(h,g,a,o,n),G=W.real,q=W.imag,H=[G.length],j=n.makeTensorInfo(H,"float32",G),X=n.makeTensorInfo(H,"float32",q),J=Yt({inputs:{real:j,imag:X},backend:n}),ee=S.exponents(t,o),ae=[ee.real.length],oe=n.makeTensorInfo(ae,"float32",ee.real),ie=n.makeTensorInfo(ae,"float32",ee.imag),re=Yt({inputs:{real:oe,imag:ie},backend:n}),ne=Lu({inputs:{a:re,b:J},backend:n}),ue=ia({inputs:{a:L,b:ne},backend:n}),pe=Tm({inputs:{a:L,b:ne},backend:n}),ge=Eo({inputs:{input:ue},backend:n}),ke=Eo({inputs:{input:pe},backend:n}),Se=ca({inputs:{input:ue},backend:n}),Fe=ca({inputs:{input:pe},backend:n}),Ae=Sc({inputs:[ge,ke],backend:n,attrs:{axis:0}}),Ze=Sc({inputs:[Se,Fe],backend:n,attrs:{axis:0}}),Re=n.data.get(Ae.dataId).values,Me=n.data.get(Ze.dataId).values;return n.disposeIntermediateTensorInfo(p),n.disposeIntermediateTensorInfo(m),n.disposeIntermediateTensorInfo(f),n.disposeIntermediateTensorInfo(y),n.disposeIntermediateTensorInfo(w),n.disposeIntermediateTensorInfo(C),n.disposeIntermediateTensorInfo(F),n.disposeIntermediateTensorInfo(M),n.disposeIntermediateTensorInfo(L),n.disposeIntermediateTensorInfo(j),n.disposeIntermediateTensorInfo(X),n.disposeIntermediateTensorInfo(J),n.disposeIntermediateTensorInfo(oe),n.disposeIntermediateTensorInfo(ie),n.disposeIntermediateTensorInfo(re),n.disposeIntermediateTensorInfo(ne),n.disposeIntermediateTensorInfo(ue),n.disposeIntermediateTensorInfo(pe),n.disposeIntermediateTensorInfo(ge),n.disposeIntermediateTensorInfo(Se),n.disposeIntermediateTensorInfo(ke),n.disposeIntermediateTensorInfo(Fe),n.disposeIntermediateTensorInfo(Ae),n.disposeIntermediateTensorInfo(Ze),{real:Re,imag:Me}}function oZ(r,e,t){let o=new Float32Array(e*2);for(let n=0;n<e;n++){let s=0,a=0;for(let c=0;c<e;c++){let u=S.exponent(n*c,e,t),i=S.getComplexWithIndex(r,c);s+=i.real*u.real-i.imag*u.imag,a+=i.real*u.imag+i.imag*u.real}t&&(s/=e,a/=e),S.assignToTypedArray(o,s,a,n)}return o}function nZ(r){let{inputs:e,backend:t}=r,{input:o}=e,n=b.sizeFromShape(o.shape),s=o.shape[o.shape.length-1],a=n/s,c=He({inputs:{x:o},backend:t,attrs:{shape:[a,s]}}),u=Hh(c,!1,t),i=He({inputs:{x:u},backend:t,attrs:{shape:o.shape}});return t.disposeIntermediateTensorInfo(c),t.disposeIntermediateTensorInfo(u),i}var bD={kernelName:"FFT",backendName:"cpu",kernelFunc:nZ};v();function Rm(r){let{backend:e,attrs:t}=r,{shape:o,value:n,dtype:s}=t,a=s||b.inferDtype(n),c=b.getArrayFromDType(a,b.sizeFromShape(o));return sZ(c,n,a),e.makeTensorInfo(o,a,c)}var yD={kernelName:Pa,backendName:"cpu",kernelFunc:Rm};function sZ(r,e,t){r.fill(e)}v();var wD={kernelName:Ln,backendName:"cpu",kernelFunc:({inputs:r,attrs:e,backend:t})=>{let{image:o}=r,n=t,s=b.getTypedArrayFromDType(o.dtype,b.sizeFromShape(o.shape)),[a,c,u,i]=o.shape,l=n.data.get(o.dataId).values;for(let m=0;m<a;m++){let f=m*u*c*i;for(let d=0;d<c;d++){let h=d*(u*i);for(let g=0;g<u;g++){let x=g*i;for(let y=0;y<i;y++){let w=Math.round(u-g-1),C=f+h+x+y,T=l[C];if(w>=0&&w<u){let $=w*i,A=f+h+$+y;T=l[A]}s[C]=T}}}}return{dataId:n.write(s,o.shape,o.dtype),shape:o.shape,dtype:o.dtype}}};mC();dC();v();Ou();function aZ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s,bias:a,preluActivationWeights:c}=e,{strides:u,pad:i,dataFormat:l,dilations:p,dimRoundingMode:m,activation:f,leakyreluAlpha:d}=o,h=g0({inputs:{x:n,filter:s},backend:t,attrs:{strides:u,pad:i,dataFormat:l,dilations:p,dimRoundingMode:m}});if(a){let g=h;if(l==="NCHW"&&a.shape.length===1&&a.shape[0]!==1){let x=He({inputs:{x:a},backend:t,attrs:{shape:[a.shape[0],1,1]}});h=ia({inputs:{a:h,b:x},backend:t}),t.disposeIntermediateTensorInfo(x)}else h=ia({inputs:{a:h,b:a},backend:t});t.disposeIntermediateTensorInfo(g)}if(f){let g=h;if(l==="NCHW"&&f==="prelu"&&c.shape.length===1&&c.shape[0]!==1){let x=He({inputs:{x:c},backend:t,attrs:{shape:[c.shape[0],1,1]}});h=Ku(t,h,f,x,d),t.disposeIntermediateTensorInfo(x)}else h=Ku(t,h,f,c,d);t.disposeIntermediateTensorInfo(g)}return h}var vD={kernelName:zo,backendName:"cpu",kernelFunc:aZ};v();Ou();function iZ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s,bias:a,preluActivationWeights:c}=e,{strides:u,pad:i,dataFormat:l,dilations:p,dimRoundingMode:m,activation:f,leakyreluAlpha:d}=o,h=x0({inputs:{x:n,filter:s},backend:t,attrs:{strides:u,pad:i,dataFormat:l,dilations:p,dimRoundingMode:m}});if(a){let g=h;h=ia({inputs:{a:h,b:a},backend:t}),t.disposeIntermediateTensorInfo(g)}if(f){let g=h;h=Ku(t,h,f,c,d),t.disposeIntermediateTensorInfo(g)}return h}var ID={kernelName:Ho,backendName:"cpu",kernelFunc:iZ};v();hC();function cZ(r){let{inputs:e,backend:t}=r,{params:o,indices:n}=e,s=b.sizeFromShape(o.shape),a=n.shape,c=a[a.length-1],[u,i,l,p]=S.prepareAndValidate(o,n);if(i===0)return t.makeTensorInfo(u,o.dtype,[]);let m=t.data.get(n.dataId).values,f=t.bufferSync(o),d=Nh(m,f,o.dtype,i,c,l,p,o.shape,s);return t.makeTensorInfo(u,o.dtype,d.values)}var CD={kernelName:Un,backendName:"cpu",kernelFunc:cZ};v();we();gC();function uZ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,indices:s}=e,{axis:a,batchDims:c}=o;Q([n,s],"gatherV2");let u=b.parseAxisParam(a,n.shape)[0],i=t.data.get(s.dataId).values,l=n.shape[u];for(let C=0;C<i.length;++C){let T=i[C];b.assert(T<=l-1&&T>=0,()=>`GatherV2: the index value ${T} is not in [0, ${l-1}]`)}let p=c;c==null&&(p=0);let m=b.sizeFromShape(s.shape),f=S.segment_util.collectGatherOpShapeInfo(n,s,u,p),d=He({inputs:{x:n},backend:t,attrs:{shape:[f.batchSize,f.outerSize,f.dimSize,f.sliceSize]}}),h=He({inputs:{x:s},backend:t,attrs:{shape:[f.batchSize,m/f.batchSize]}}),g=[f.batchSize,f.outerSize,m/f.batchSize,f.sliceSize],x=t.bufferSync(h),y=t.bufferSync(d),w=Eh(y,x,g);return t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(h),t.makeTensorInfo(f.outputShape,w.dtype,w.values)}var SD={kernelName:Oa,backendName:"cpu",kernelFunc:uZ};bC();wC();aa();v();function lZ(r){let{inputs:e,backend:t}=r,{input:o}=e,n=b.sizeFromShape(o.shape),s=o.shape[o.shape.length-1],a=n/s,c=He({inputs:{x:o},backend:t,attrs:{shape:[a,s]}}),u=Hh(c,!0,t),i=He({inputs:{x:u},backend:t,attrs:{shape:o.shape}});return t.disposeIntermediateTensorInfo(c),t.disposeIntermediateTensorInfo(u),i}var kD={kernelName:Jc,backendName:"cpu",kernelFunc:lZ};v();tt();var pZ=_e(qn,r=>Number.isFinite(r)?1:0,"bool"),_D={kernelName:qn,backendName:"cpu",kernelFunc:pZ};v();tt();var mZ=_e(Kn,r=>Math.abs(r)===1/0?1:0,"bool"),TD={kernelName:Kn,backendName:"cpu",kernelFunc:mZ};v();tt();var fZ=_e(jn,r=>Number.isNaN(r)?1:0,"bool"),ND={kernelName:jn,backendName:"cpu",kernelFunc:fZ};IC();SC();v();kC();function dZ(r){let{backend:e,attrs:t}=r,{start:o,stop:n,num:s}=t,a=$h(o,n,s);return e.makeTensorInfo([a.length],"float32",a)}var ED={kernelName:Zn,backendName:"cpu",kernelFunc:dZ};TC();v();tt();var hZ=_e(Qn,r=>Math.log1p(r)),$D={kernelName:Qn,backendName:"cpu",kernelFunc:hZ};v();Wt();Jt();var gZ=ze((r,e)=>r&&e),xZ=Ye(es,gZ,null,"bool"),AD={kernelName:es,backendName:"cpu",kernelFunc:xZ};v();tt();var bZ=_e(ts,r=>r?0:1,"bool"),RD={kernelName:ts,backendName:"cpu",kernelFunc:bZ};v();Wt();Jt();var yZ=ze((r,e)=>r||e),wZ=Ye(rs,yZ,null,"bool"),DD={kernelName:rs,backendName:"cpu",kernelFunc:wZ};v();we();function vZ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{depthRadius:s,bias:a,alpha:c,beta:u}=o;Q(n,"LRN");let i=n.shape[3],l=i-1,p=t.data.get(n.dataId).values,m=b.sizeFromShape(n.shape),f=new Float32Array(m);function d(h){let g=h%i,x=h-g+Math.max(0,g-s),y=h-g+Math.min(g+s,l),w=0;for(;x<=y;x++){let C=p[x];w+=C*C}return w}for(let h=0;h<m;h++){let g=d(h),x=p[h]*Math.pow(a+c*g,-u);f[h]=x}return t.makeTensorInfo(n.shape,n.dtype,f)}var FD={kernelName:"LRN",backendName:"cpu",kernelFunc:vZ};v();we();function IZ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,y:s,dy:a}=e,{depthRadius:c,bias:u,alpha:i,beta:l}=o;Q(a,"LRNGrad");let p=b.sizeFromShape(a.shape),m=a.shape[3],f=t.data.get(a.dataId).values,d=t.data.get(n.dataId).values,h=t.data.get(s.dataId).values,g=new Float32Array(p),x=p;for(let y=0;y<x;y++){let w=y%m,C=y-w+Math.max(0,w-c),T=y-w+Math.min(m,w+c+1),$=0;for(let A=C;A<T;A++)$+=Math.pow(d[A],2);$=i*$+u;for(let A=C;A<T;A++){let R=-2*i*l*d[A]*h[y]/$;y===A&&(R+=Math.pow($,-l)),R*=f[y],g[A]+=R}}return t.makeTensorInfo(a.shape,n.dtype,g)}var MD={kernelName:ji,backendName:"cpu",kernelFunc:IZ};v();v();v();we();NC();Rh();function y0(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{reductionIndices:s,keepDims:a}=o,c=t,u=n.shape,i=u.length,l=b.parseAxisParam(s,u),p=l,m=S.getAxesPermutation(p,i),f=c.data.get(n.dataId).values;if(m!=null){let C=new Array(i);for(let T=0;T<C.length;T++)C[T]=u[m[T]];f=op(f,u,n.dtype,m,C),p=S.getInnerMostAxes(p.length,i),u=C}Q(n,"max"),S.assertAxesAreInnerMostDims("max",p,i);let[d,h]=S.computeOutAndReduceShapes(u,p),g=b.sizeFromShape(h),x=Ah(f,g,d,n.dtype),y=c.write(x,d,n.dtype),w=d;return a&&(w=S.expandShapeToKeepDim(d,l)),{dataId:y,shape:w,dtype:n.dtype}}var PD={kernelName:"Max",backendName:"cpu",kernelFunc:y0};$C();v();we();aa();function CZ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e;Q(n,"maxPool");let{filterSize:s,strides:a,pad:c,dimRoundingMode:u}=o,i=1;b.assert(S.eitherStridesOrDilationsAreOne(a,i),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${i}'`);let l=S.computePool2DInfo(n.shape,s,a,i,c,u),p;if(l.filterWidth===1&&l.filterHeight===1&&b.arraysEqual(l.inShape,l.outShape))p=yr({inputs:{x:n},backend:t});else{let m=t.data.get(n.dataId).values,f=b.computeStrides(n.shape),d=sp(m,n.shape,n.dtype,f,l,"max");p=t.makeTensorInfo(l.outShape,n.dtype,d.values)}return p}var OD={kernelName:ns,backendName:"cpu",kernelFunc:CZ};v();we();function SZ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{filterSize:s,strides:a,pad:c,dimRoundingMode:u,dataFormat:i}=o;Q(n,"maxPool3d");let l=S.computePool3DInfo(n.shape,s,a,1,c,u,i),p=t.data.get(n.dataId).values,m=zh(p,n.shape,n.dtype,b.computeStrides(n.shape),l,"max");return t.makeTensorInfo(m.shape,"float32",m.values)}var BD={kernelName:Va,backendName:"cpu",kernelFunc:SZ};v();we();function kZ(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,input:s}=e,{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=o;Q([n,s],"maxPool3DGrad");let l=S.computePool3DInfo(s.shape,a,c,1,u,i),p=t.bufferSync(s),m=DR(p,l),f=l.strideDepth,d=l.strideHeight,h=l.strideWidth,g=l.dilationDepth,x=l.dilationHeight,y=l.dilationWidth,w=l.effectiveFilterDepth,C=l.effectiveFilterHeight,T=l.effectiveFilterWidth,$=w-1-l.padInfo.front,A=T-1-l.padInfo.left,R=C-1-l.padInfo.top,F=be(s.shape,"float32"),M=t.bufferSync(n);for(let L=0;L<l.batchSize;++L)for(let W=0;W<l.inChannels;++W)for(let G=0;G<l.inDepth;++G)for(let q=0;q<l.inHeight;++q)for(let H=0;H<l.inWidth;++H){let j=G-$,X=q-R,J=H-A,ee=0;for(let ae=0;ae<w;ae+=g){let oe=(j+ae)/f;if(!(oe<0||oe>=l.outDepth||Math.floor(oe)!==oe))for(let ie=0;ie<C;ie+=x){let re=(X+ie)/d;if(!(re<0||re>=l.outHeight||Math.floor(re)!==re))for(let ne=0;ne<T;ne+=y){let ue=(J+ne)/h;if(ue<0||ue>=l.outWidth||Math.floor(ue)!==ue)continue;let pe=w*C*T-1-m.get(L,oe,re,ue,W),ge=ae*C*T+ie*T+ne,ke=pe===ge?1:0;if(ke===0)continue;let Se=M.get(L,oe,re,ue,W);ee+=Se*ke}}}F.set(ee,L,G,q,H,W)}return t.makeTensorInfo(F.shape,F.dtype,F.values)}var LD={kernelName:eu,backendName:"cpu",kernelFunc:kZ};v();we();function _Z(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,input:s,output:a}=e,c=s;Q([s,a],"maxPoolGrad");let{filterSize:u,strides:i,pad:l,dimRoundingMode:p}=o,m=S.computePool2DInfo(c.shape,u,i,1,l,p),f=t.data.get(c.dataId).values,d=be(m.outShape,c.dtype,Uh(f,c.shape,c.dtype,m).values),h=m.strideHeight,g=m.strideWidth,x=m.dilationHeight,y=m.dilationWidth,w=m.effectiveFilterHeight,C=m.effectiveFilterWidth,T=C-1-m.padInfo.left,$=w-1-m.padInfo.top,A=be(c.shape,"float32"),R=t.data.get(n.dataId).values,F=be(n.shape,"float32",R);for(let M=0;M<m.batchSize;++M)for(let L=0;L<m.inChannels;++L)for(let W=0;W<m.inHeight;++W)for(let G=0;G<m.inWidth;++G){let q=W-$,H=G-T,j=0;for(let X=0;X<w;X+=x){let J=(q+X)/h;if(!(J<0||J>=m.outHeight||Math.floor(J)!==J))for(let ee=0;ee<C;ee+=y){let ae=(H+ee)/g;if(ae<0||ae>=m.outWidth||Math.floor(ae)!==ae)continue;let oe=w*C-1-d.get(M,J,ae,L),ie=X*C+ee,re=oe===ie?1:0;if(re===0)continue;let ne=F.get(M,J,ae,L);j+=ne*re}}A.set(j,M,W,G,L)}return t.makeTensorInfo(A.shape,A.dtype,A.values)}var WD={kernelName:Qc,backendName:"cpu",kernelFunc:_Z};v();v();we();v();function VD(r,e,t,o,n){let s=b.computeStrides(e),a=sp(r,e,t,s,n,"max"),c=Uh(r,e,t,n,!0,o);return[a.values,c.values]}var GD={kernelName:Ga,backendName:"cpu",kernelFunc:({inputs:r,attrs:e,backend:t})=>{let{x:o}=r,{filterSize:n,strides:s,pad:a,includeBatchInIndex:c}=e,u=t;Q(o,"MaxPoolWithArgmax");let i=u.data.get(o.dataId).values,l=S.computePool2DInfo(o.shape,n,s,[1,1],a),[p,m]=VD(i,o.shape,o.dtype,c,l),f=u.write(p,l.outShape,o.dtype),d=u.write(m,l.outShape,o.dtype);return[{dataId:f,shape:l.outShape,dtype:o.dtype},{dataId:d,shape:l.outShape,dtype:"int32"}]}};v();Pu();function TZ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,keepDims:a}=o,c=b.parseAxisParam(s,n.shape),i=S.computeOutAndReduceShapes(n.shape,c)[1],l=b.sizeFromShape(i),p=[],m=t.makeTensorInfo([],"float32",new Float32Array([l]));p.push(m);let f=$o({inputs:{x:n},backend:t,attrs:{dtype:"float32"}});p.push(f);let d=$m({inputs:{a:f,b:m},backend:t});p.push(d);let h=Di({inputs:{x:d},backend:t,attrs:{axis:s,keepDims:a}});return p.forEach(g=>t.disposeIntermediateTensorInfo(g)),h}var UD={kernelName:ss,backendName:"cpu",kernelFunc:TZ};v();we();Jr();function NZ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,keepDims:a}=o;Q(n,"min");let c=b.parseAxisParam(s,n.shape),u=c,i=S.getAxesPermutation(u,n.shape.length),l=n;i!=null&&(l=St({inputs:{x:n},backend:t,attrs:{perm:i}}),u=S.getInnerMostAxes(u.length,n.shape.length)),S.assertAxesAreInnerMostDims("min",u,l.shape.length);let[p,m]=S.computeOutAndReduceShapes(l.shape,u),f=b.sizeFromShape(m),d=b.makeZerosTypedArray(b.sizeFromShape(p),l.dtype),h=t.data.get(l.dataId).values;for(let x=0;x<d.length;++x){let y=x*f,w=h[y];for(let C=0;C<f;++C){let T=h[y+C];(Number.isNaN(T)||T<w)&&(w=T)}d[x]=w}i!=null&&t.disposeIntermediateTensorInfo(l);let g=t.makeTensorInfo(p,l.dtype,d);if(a){let x=S.expandShapeToKeepDim(p,c),y=He({inputs:{x:g},backend:t,attrs:{shape:x}});return t.disposeIntermediateTensorInfo(g),y}return g}var zD={kernelName:"Min",backendName:"cpu",kernelFunc:NZ};RC();v();we();function EZ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{paddings:s,mode:a}=o;Q(n,"mirrorPad");let c=s.map((w,C)=>w[0]+n.shape[C]+w[1]),u=s.map(w=>w[0]),i=s.map((w,C)=>w[0]+n.shape[C]),l=a==="reflect"?0:1,p=t.data.get(n.dataId).values,m=n.shape.length,f=b.computeStrides(n.shape),d=b.sizeFromShape(c),h=c.length,g=b.computeStrides(c),x=b.getTypedArrayFromDType(n.dtype,d);for(let w=0;w<d;w++){let C=b.indexToLoc(w,h,g);for(let $=0;$<h;$++)C[$]<u[$]?C[$]=u[$]*2-C[$]-l:C[$]>=i[$]&&(C[$]=(i[$]-1)*2-C[$]+l);C=C.map(($,A)=>$-u[A]);let T=b.locToIndex(C,m,f);x[w]=p[T]}return{dataId:t.write(x,c,n.dtype),shape:c,dtype:n.dtype}}var HD={kernelName:is,backendName:"cpu",kernelFunc:EZ};v();Wt();Jt();var $Z=ze(((r,e)=>{let t=r%e;return r<0&&e<0||r>=0&&e>=0?t:(t+e)%e})),AZ=Ye("Mod",$Z),qD={kernelName:"Mod",backendName:"cpu",kernelFunc:AZ};v();var jD=Oc(uI());we();v();Th();Nm();function w0(r){let{inputs:e,backend:t,attrs:o}=r,{logits:n}=e,{dim:s}=o,a=n.shape.length,c=s;if(c===-1&&(c=a-1),c!==a-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${a} and dim was ${c}`);let u=b.parseAxisParam([c],n.shape),i=y0({inputs:{x:n},backend:t,attrs:{reductionIndices:u,keepDims:!1}}),l=S.expandShapeToKeepDim(i.shape,u),p=He({inputs:{x:i},backend:t,attrs:{shape:l}}),m=Tm({inputs:{a:n,b:p},backend:t}),f=cC({inputs:{x:m},backend:t}),d=Di({inputs:{x:f},backend:t,attrs:{axis:u,keepDims:!1}}),h=He({inputs:{x:d},backend:t,attrs:{shape:l}}),g=$m({inputs:{a:f,b:h},backend:t});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(h),g}var KD={kernelName:Ms,backendName:"cpu",kernelFunc:w0};function RZ(r){let{inputs:e,backend:t,attrs:o}=r,{logits:n}=e,{numSamples:s,seed:a,normalized:c}=o;Q(n,"multinomial");let u=c?n:w0({inputs:{logits:n},backend:t,attrs:{dim:-1}}),i=u.shape[0],l=u.shape[1],p=t.data.get(u.dataId).values,m=[i,s],f=b.makeZerosTypedArray(b.sizeFromShape(m),"int32");for(let d=0;d<i;++d){let h=d*l,g=new Float32Array(l-1);g[0]=p[h];for(let w=1;w<g.length;++w)g[w]=g[w-1]+p[h+w];let x=jD.alea(a.toString()),y=d*s;for(let w=0;w<s;++w){let C=x();f[y+w]=g.length;for(let T=0;T<g.length;T++)if(C<g[T]){f[y+w]=T;break}}}return c||t.disposeIntermediateTensorInfo(u),t.makeTensorInfo(m,"int32",f)}var XD={kernelName:cs,backendName:"cpu",kernelFunc:RZ};Wu();FC();v();we();var DZ=cr.nonMaxSuppressionV3Impl;function FZ(r){let{inputs:e,backend:t,attrs:o}=r,{boxes:n,scores:s}=e,{maxOutputSize:a,iouThreshold:c,scoreThreshold:u}=o;Q(n,"NonMaxSuppression");let i=t.data.get(n.dataId).values,l=t.data.get(s.dataId).values,{selectedIndices:p}=DZ(i,l,a,c,u);return t.makeTensorInfo([p.length],"int32",new Int32Array(p))}var YD={kernelName:ps,backendName:"cpu",kernelFunc:FZ};v();we();var MZ=cr.nonMaxSuppressionV4Impl;function PZ(r){let{inputs:e,backend:t,attrs:o}=r,{boxes:n,scores:s}=e,{maxOutputSize:a,iouThreshold:c,scoreThreshold:u,padToMaxOutputSize:i}=o;Q(n,"NonMaxSuppressionPadded");let l=t.data.get(n.dataId).values,p=t.data.get(s.dataId).values,{selectedIndices:m,validOutputs:f}=MZ(l,p,a,c,u,i);return[t.makeTensorInfo([m.length],"int32",new Int32Array(m)),t.makeTensorInfo([],"int32",new Int32Array([f]))]}var JD={kernelName:ms,backendName:"cpu",kernelFunc:PZ};v();we();var OZ=cr.nonMaxSuppressionV5Impl;function BZ(r){let{inputs:e,backend:t,attrs:o}=r,{boxes:n,scores:s}=e,{maxOutputSize:a,iouThreshold:c,scoreThreshold:u,softNmsSigma:i}=o;Q(n,"NonMaxSuppressionWithScore");let l=t.data.get(n.dataId).values,p=t.data.get(s.dataId).values,m=a,f=c,d=u,h=i,{selectedIndices:g,selectedScores:x}=OZ(l,p,m,f,d,h);return[t.makeTensorInfo([g.length],"int32",new Int32Array(g)),t.makeTensorInfo([x.length],"float32",new Float32Array(x))]}var ZD={kernelName:fs,backendName:"cpu",kernelFunc:BZ};PC();v();we();function LZ(r){let{inputs:e,backend:t,attrs:o}=r,{indices:n}=e,{dtype:s,depth:a,onValue:c,offValue:u}=o;Q(n,"oneHot");let i=b.sizeFromShape(n.shape),l=new Float32Array(i*a);l.fill(u);let p=t.data.get(n.dataId).values;for(let m=0;m<i;++m)p[m]>=0&&p[m]<a&&(l[m*a+p[m]]=c);return t.makeTensorInfo([...n.shape,a],s,l)}var QD={kernelName:ds,backendName:"cpu",kernelFunc:LZ};v();Ai();Mu();v();Ai();Mu();function Dm(r){let{inputs:e,backend:t}=r,{x:o}=e;if(o.dtype==="string")throw new Error("zerosLike is not supported for string tensors");if(o.dtype==="complex64"){let n=Eo({inputs:{input:o},backend:t}),s=Dm({inputs:{x:n},backend:t}),a=ca({inputs:{input:o},backend:t}),c=Dm({inputs:{x:a},backend:t}),u=Yt({inputs:{real:s,imag:c},backend:t});return t.disposeIntermediateTensorInfo(n),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(c),u}else return Rm({backend:t,attrs:{shape:o.shape,value:0,dtype:o.dtype}})}var eF={kernelName:mi,backendName:"cpu",kernelFunc:Dm};function tF(r){let{inputs:e,backend:t}=r,{x:o}=e;if(o.dtype==="string")throw new Error("onesLike is not supported for string tensors");if(o.dtype==="complex64"){let n=Eo({inputs:{input:o},backend:t}),s=tF({inputs:{x:n},backend:t}),a=ca({inputs:{input:o},backend:t}),c=Dm({inputs:{x:a},backend:t}),u=Yt({inputs:{real:s,imag:c},backend:t});return t.disposeIntermediateTensorInfo(n),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(c),u}else return Rm({backend:t,attrs:{shape:o.shape,value:1,dtype:o.dtype}})}var rF={kernelName:Ha,backendName:"cpu",kernelFunc:tF};v();function v0(r){let{inputs:e,backend:t,attrs:o}=r,{axis:n}=o;if(e.length===1)return ap({inputs:{input:e[0]},backend:t,attrs:{dim:n}});let s=e[0].shape,a=e[0].dtype;e.forEach(l=>{b.assertShapesMatch(s,l.shape,"All tensors passed to stack must have matching shapes"),b.assert(a===l.dtype,()=>"All tensors passed to stack must have matching dtypes")});let c=[],u=e.map(l=>{let p=ap({inputs:{input:l},backend:t,attrs:{dim:n}});return c.push(p),p}),i=Sc({inputs:u,backend:t,attrs:{axis:n}});return c.forEach(l=>t.disposeIntermediateTensorInfo(l)),i}var oF={kernelName:qa,backendName:"cpu",kernelFunc:v0};v();we();function WZ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{paddings:s,constantValue:a}=o;Q(n,"pad");let c=s.map((y,w)=>y[0]+n.shape[w]+y[1]),u=s.map(y=>y[0]),i=t.data.get(n.dataId).values,l=b.sizeFromShape(n.shape),p=n.shape.length,m=b.computeStrides(n.shape),f=b.sizeFromShape(c),d=c.length,h=b.computeStrides(c),g=b.getTypedArrayFromDType(n.dtype,f);a!==0&&g.fill(a);for(let y=0;y<l;y++){let C=b.indexToLoc(y,p,m).map(($,A)=>$+u[A]),T=b.locToIndex(C,d,h);g[T]=i[y]}return{dataId:t.write(g,c,n.dtype),shape:c,dtype:n.dtype}}var qh={kernelName:hs,backendName:"cpu",kernelFunc:WZ};v();Wt();Jt();var VZ=ze((r,e)=>Math.pow(r,e)),GZ=Ye("Pow",VZ),nF={kernelName:"Pow",backendName:"cpu",kernelFunc:GZ};BC();v();LC();function UZ(r){let{inputs:e,backend:t,attrs:o}=r,{paramsNestedSplits:n,paramsDenseValues:s,indices:a}=e,{outputRaggedRank:c}=o,u=n.map(x=>t.data.get(x.dataId).values),i=n.map(x=>x.shape),l=t.data.get(s.dataId).values,p=t.data.get(a.dataId).values,[m,f,d]=Dh(u,i,l,s.shape,s.dtype,p,a.shape,c),h=m.map(x=>t.makeTensorInfo([x.length],"int32",x)),g=t.makeTensorInfo(d,s.dtype,f);return h.concat([g])}var sF={kernelName:tu,backendName:"cpu",kernelFunc:UZ};v();WC();function zZ(r){let{inputs:e,backend:t}=r,{starts:o,limits:n,deltas:s}=e,a=t.data.get(o.dataId).values,c=t.data.get(n.dataId).values,u=t.data.get(s.dataId).values,[i,l]=Fh(a,o.shape,o.dtype,c,n.shape,u,s.shape),p=t.makeTensorInfo([i.length],"int32",i),m=t.makeTensorInfo([l.length],o.dtype,l);return[p,m]}var aF={kernelName:ru,backendName:"cpu",kernelFunc:zZ};v();GC();function HZ(r){let{inputs:e,backend:t,attrs:o}=r,{shape:n,values:s,defaultValue:a,rowPartitionTensors:c}=e,{rowPartitionTypes:u}=o,i=t.data.get(n.dataId).values,l=t.data.get(s.dataId).values,p=t.data.get(a.dataId).values,m=c.map(g=>t.data.get(g.dataId).values),f=c.map(g=>g.shape),[d,h]=Mh(i,n.shape,l,s.shape,s.dtype,p,a.shape,m,f,u);return t.makeTensorInfo(d,s.dtype,h)}var iF={kernelName:ou,backendName:"cpu",kernelFunc:HZ};v();UC();function qZ(r){let{backend:e,attrs:t}=r,{start:o,stop:n,dtype:s,step:a}=t,c=Vu(o,n,a,s);return e.makeTensorInfo([c.length],s,c)}var cF={kernelName:ja,backendName:"cpu",kernelFunc:qZ};Mu();v();tt();var KZ=_e(bs,r=>1/r),uF={kernelName:bs,backendName:"cpu",kernelFunc:KZ};v();we();function jZ(r){let{inputs:e,backend:t,attrs:o}=r,{images:n}=e,{alignCorners:s,halfPixelCenters:a,size:c}=o;Q(n,"resizeBilinear");let u=b.computeStrides(n.shape),[i,l]=c,[p,m,f,d]=n.shape,h=t.data.get(n.dataId).values,g=new Float32Array(b.sizeFromShape([p,i,l,d])),x=[s&&i>1?m-1:m,s&&l>1?f-1:f],y=[s&&i>1?i-1:i,s&&l>1?l-1:l],w=0,C=x[0]/y[0],T=x[1]/y[1];for(let $=0;$<p;$++)for(let A=0;A<i;A++){let R;a?R=C*(A+.5)-.5:R=C*A;let F=Math.max(0,Math.floor(R)),M=R-F,L=Math.min(m-1,Math.ceil(R)),W=$*u[0]+F*u[1],G=$*u[0]+L*u[1];for(let q=0;q<l;q++){let H;a?H=T*(q+.5)-.5:H=T*q;let j=Math.max(0,Math.floor(H)),X=H-j,J=Math.min(f-1,Math.ceil(H)),ee=W+j*u[2],ae=G+j*u[2],oe=W+J*u[2],ie=G+J*u[2];for(let re=0;re<d;re++){let ne=h[ee+re],ue=h[ae+re],pe=h[oe+re],ge=h[ie+re],ke=ne+(pe-ne)*X,Se=ue+(ge-ue)*X,Fe=ke+(Se-ke)*M;g[w++]=Fe}}}return t.makeTensorInfo([p,i,l,d],"float32",g)}var lF={kernelName:vs,backendName:"cpu",kernelFunc:jZ};v();we();function XZ(r){let{inputs:e,backend:t,attrs:o}=r,{images:n,dy:s}=e,{alignCorners:a}=o;Q([s,n],"resizeBilinearGrad");let c=b.computeStrides(n.shape),[u,i,l,p]=n.shape,[,m,f]=s.shape,d=new Float32Array(u*i*l*p),h=[a&&m>1?i-1:i,a&&f>1?l-1:l],g=[a&&m>1?m-1:m,a&&f>1?f-1:f],x=h[0]/g[0],y=h[1]/g[1],w=t.data.get(s.dataId).values,C=0;for(let T=0;T<u;T++){let $=T*c[0];for(let A=0;A<m;A++){let R=A*x,F=Math.floor(R),M=Math.min(Math.ceil(R),i-1),L=$+F*c[1],W=$+M*c[1],G=R-F,q=1-G;for(let H=0;H<f;H++){let j=H*y,X=Math.floor(j),J=Math.min(Math.ceil(j),l-1),ee=j-X,ae=1-ee,oe=L+X*c[2],ie=L+J*c[2],re=W+X*c[2],ne=W+J*c[2],ue=q*ae,pe=q*ee,ge=G*ae,ke=G*ee;for(let Se=0;Se<p;Se++){let Fe=w[C++];d[oe+Se]+=Fe*ue,d[ie+Se]+=Fe*pe,d[re+Se]+=Fe*ge,d[ne+Se]+=Fe*ke}}}}return t.makeTensorInfo([u,l,i,p],"float32",d)}var pF={kernelName:Ji,backendName:"cpu",kernelFunc:XZ};v();we();function YZ(r){let{inputs:e,backend:t,attrs:o}=r,{images:n}=e,{alignCorners:s,halfPixelCenters:a,size:c}=o;Q(n,"resizeNearestNeighbor");let u=b.computeStrides(n.shape),[i,l]=c,[p,m,f,d]=n.shape,h=t.data.get(n.dataId).values,g=new Float32Array(p*i*l*d),x=[s&&i>1?m-1:m,s&&l>1?f-1:f],y=[s&&i>1?i-1:i,s&&l>1?l-1:l],w=x[0]/y[0],C=x[1]/y[1],T=0;for(let $=0;$<p;$++){let A=$*u[0];for(let R=0;R<i;R++){let F=a?w*(R+.5):w*R,M=Math.min(m-1,s?Math.round(F):Math.floor(F));a&&(M=Math.max(0,M));let L=A+M*u[1];for(let W=0;W<l;W++){let G=a?C*(W+.5):C*W,q=Math.min(f-1,s?Math.round(G):Math.floor(G));a&&(q=Math.max(0,q));let H=L+q*u[2];for(let j=0;j<d;j++){let X=h[H+j];g[T++]=X}}}}return t.makeTensorInfo([p,i,l,d],n.dtype,g)}var mF={kernelName:ws,backendName:"cpu",kernelFunc:YZ};v();we();function JZ(r){let{inputs:e,backend:t,attrs:o}=r,{images:n,dy:s}=e,{alignCorners:a}=o;Q([s,n],"resizeNearestNeighborGrad");let c=b.computeStrides(n.shape),u=b.computeStrides(s.shape),[i,l,p,m]=n.shape,[,f,d]=s.shape,h=new Float32Array(i*l*p*m),g=t.data.get(s.dataId).values,x=[a&&f>1?l-1:l,a&&d>1?p-1:p],y=[a&&f>1?f-1:f,a&&d>1?d-1:d],w=x[0]/y[0],C=x[1]/y[1],T=1/w,$=1/C,A=Math.ceil(T)*2+2,R=Math.ceil($)*2+2;for(let F=0;F<i;F++){let M=F*c[0];for(let L=0;L<l;L++){let W=M+L*c[1],G=Math.floor(L*T),q=Math.floor(G-A/2);for(let H=0;H<p;H++){let j=W+H*c[2],X=Math.floor(H*$),J=Math.floor(X-R/2);for(let ee=0;ee<m;ee++){let ae=0;for(let oe=0;oe<A;oe++){let ie=oe+q;if(ie<0||ie>=f)continue;let re=M+ie*u[1],ne=ie*w,ue=Math.min(l-1,a?Math.round(ne):Math.floor(ne));if(L===ue)for(let pe=0;pe<R;pe++){let ge=pe+J;if(ge<0||ge>=d)continue;let ke=re+ge*u[2],Se=ge*C,Fe=Math.min(p-1,a?Math.round(Se):Math.floor(Se));H===Fe&&(ae+=g[ke+ee])}}h[j+ee]=ae}}}}return t.makeTensorInfo(n.shape,n.dtype,h)}var fF={kernelName:Yi,backendName:"cpu",kernelFunc:JZ};v();we();aa();function ZZ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{dims:s}=o;Q(n,"reverse");let a=n.shape.length,c=b.parseAxisParam(s,n.shape);if(a===0)return yr({inputs:{x:n},backend:t});let u=new Qe(n.shape,n.dtype),i=t.bufferSync(n);for(let l=0;l<u.size;l++){let p=u.indexToLoc(l),m=p.slice();c.forEach(f=>m[f]=n.shape[f]-1-m[f]),u.set(i.get(...m),...p)}return t.makeTensorInfo(u.shape,u.dtype,u.values)}var dF={kernelName:Cs,backendName:"cpu",kernelFunc:ZZ};v();var hF={kernelName:Us,backendName:"cpu",kernelFunc:({inputs:r,attrs:e,backend:t})=>{let{image:o}=r,{radians:n,fillValue:s,center:a}=e,c=t,u=b.getTypedArrayFromDType(o.dtype,b.sizeFromShape(o.shape)),[i,l,p,m]=o.shape,[f,d]=S.getImageCenter(a,l,p),h=255,g=Math.sin(n),x=Math.cos(n),y=c.data.get(o.dataId).values;for(let C=0;C<i;C++){let T=C*p*l*m;for(let $=0;$<l;$++){let A=$*(p*m);for(let R=0;R<p;R++){let F=R*m;for(let M=0;M<m;M++){let L=[i,$,R,M],W=L[2],G=L[1],q=(W-f)*x-(G-d)*g,H=(W-f)*g+(G-d)*x;q=Math.round(q+f),H=Math.round(H+d);let j=s;if(typeof s!="number"&&(M===3?j=h:j=s[M]),q>=0&&q<p&&H>=0&&H<l){let J=H*(p*m),ee=q*m,ae=T+J+ee+M;j=y[ae]}let X=T+A+F+M;u[X]=j}}}}return{dataId:c.write(u,o.shape,o.dtype),shape:o.shape,dtype:o.dtype}}};v();tt();var QZ=_e(Ss,r=>{let e=Math.floor(r);return r-e<.5?Math.floor(r):r-e>.5?Math.ceil(r):e%2===0?e:e+1}),gF={kernelName:Ss,backendName:"cpu",kernelFunc:QZ};HC();v();_m();function eQ(r){let{inputs:e,backend:t,attrs:o}=r,{indices:n,updates:s}=e,{shape:a}=o,{sliceRank:c,numUpdates:u,sliceSize:i,strides:l,outputSize:p}=S.calculateShapes(s,n,a),m=!0,f=t.bufferSync(n),d=t.bufferSync(s),h=on(f,d,a,p,i,u,c,l,0,m);return t.makeTensorInfo(a,h.dtype,h.values)}var xF={kernelName:_s,backendName:"cpu",kernelFunc:eQ};v();v();function tQ(r,e){let t=0,o=r.length,n=0;for(;t<o;)n=Math.floor((t+o)/2),r[n]<e?t=n+1:o=n;return o}function rQ(r,e){let t=0,o=r.length,n=0;for(;t<o;)n=Math.floor((t+o)/2),r[n]<=e?t=n+1:o=n;return o}function bF(r,e,t,o,n,s){let a=b.getArrayFromDType("int32",t*n);for(let c=0;c<t;++c){let u=r.slice(c*o,(c+1)*o),i=c*n;for(let l=0;l<n;++l)a[i+l]=s==="left"?tQ(u,e[l+i]):rQ(u,e[l+i])}return a}function oQ(r){let{inputs:e,backend:t,attrs:o}=r,{sortedSequence:n,values:s}=e,{side:a}=o,c=t.data.get(n.dataId).values,u=t.data.get(s.dataId).values,i=bF(c,u,n.shape[0],n.shape[1],s.shape[1],a);return t.makeTensorInfo(s.shape,"int32",i)}var yF={kernelName:Ns,backendName:"cpu",kernelFunc:oQ};v();we();function nQ(r){let{inputs:e,backend:t}=r,{condition:o,t:n,e:s}=e;Q([o,n,s],"select");let a=o.shape.length,c=t.data.get(o.dataId).values,u=t.data.get(n.dataId).values,i=t.data.get(s.dataId).values,l=Pt(n.dtype,s.dtype),p=b.makeZerosTypedArray(b.sizeFromShape(n.shape),l),m=0,f=a===0||a>1||n.shape.length===1?1:b.sizeFromShape(n.shape.slice(1));for(let d=0;d<c.length;d++)for(let h=0;h<f;h++)c[d]===1?p[m++]=u[d]:p[m++]=i[d];return t.makeTensorInfo(n.shape,l,p)}var wF={kernelName:Ya,backendName:"cpu",kernelFunc:nQ};v();tt();var sQ=S.SELU_SCALEALPHA,aQ=S.SELU_SCALE,iQ=_e(Es,r=>r>=0?aQ*r:sQ*(Math.exp(r)-1)),vF={kernelName:Es,backendName:"cpu",kernelFunc:iQ};Ph();v();tt();var cQ=_e(As,r=>r<0?-1:r>0?1:0),IF={kernelName:As,backendName:"cpu",kernelFunc:cQ};v();tt();var uQ=_e("Sin",r=>Math.sin(r)),CF={kernelName:"Sin",backendName:"cpu",kernelFunc:uQ};v();tt();var lQ=_e($s,r=>Math.sinh(r)),SF={kernelName:$s,backendName:"cpu",kernelFunc:lQ};Cc();v();tt();var pQ=11920928955078125e-23,kF=Math.log(pQ)+2,mQ=_e(Ds,r=>{let e=r>-kF,t=r<kF,o=Math.exp(r),n;return t?n=o:e?n=r:n=Math.log(1+o),n}),_F={kernelName:Ds,backendName:"cpu",kernelFunc:mQ};v();we();Jr();function fQ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{blockShape:s,paddings:a}=o;Q([n],"spaceToBatchND");let c=b.sizeFromShape(s),u=[[0,0]];u.push(...a);for(let $=1+s.length;$<n.shape.length;++$)u.push([0,0]);let i=qh.kernelFunc({inputs:{x:n},backend:t,attrs:{paddings:u,constantValue:0}}),l=S.getReshaped(i.shape,s,c,!1),p=S.getPermuted(l.length,s.length,!1),m=S.getReshapedPermuted(i.shape,s,c,!1),h=He({inputs:{x:i},backend:t,attrs:{shape:l}}),y=St({inputs:{x:h},backend:t,attrs:{perm:p}}),T=He({inputs:{x:y},backend:t,attrs:{shape:m}});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(y),T}var TF={kernelName:ei,backendName:"cpu",kernelFunc:fQ};v();KC();function dQ(r){let{inputs:e,backend:t}=r,{indices:o,values:n,denseShape:s,defaultValue:a}=e;if(s.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
        ${s.shape}`);if(o.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
        ${o.shape}`);if(n.shape.length!==1)throw new Error(`Values must be a vector, saw:
        ${n.shape}`);if(a.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${a.shape}`);let c=t.data.get(o.dataId).values,u=t.data.get(n.dataId).values,i=t.data.get(s.dataId).values,l=t.data.get(a.dataId).values[0],[p,m,f,d,h]=Oh(c,o.shape,o.dtype,u,n.dtype,i,l);return[t.makeTensorInfo(m,o.dtype,p),t.makeTensorInfo([m[0]],n.dtype,f),t.makeTensorInfo([d.length],"bool",new Uint8Array(d.map(g=>Number(g)))),t.makeTensorInfo([h.length],o.dtype,new Int32Array(h))]}var NF={kernelName:ri,backendName:"cpu",kernelFunc:dQ};v();jC();function hQ(r){let{inputs:e,backend:t}=r,{inputIndices:o,inputShape:n,newShape:s}=e;if(o.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape
        ${o.shape}`);if(n.shape.length!==1)throw new Error(`Input shape should be a vector but received shape
        ${n.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let a=Array.from(t.data.get(n.dataId).values),c=t.data.get(o.dataId).values,u=Array.from(t.data.get(s.dataId).values),[i,l,p]=Bh(c,o.shape,o.dtype,a,u);return[t.makeTensorInfo(l,o.dtype,i),t.makeTensorInfo([p.length],s.dtype,new Int32Array(p))]}var EF={kernelName:Ps,backendName:"cpu",kernelFunc:hQ};v();Lh();function gQ(r){let{inputs:e,backend:t}=r,{data:o,indices:n,segmentIds:s}=e;if(o.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(n.shape.length!==1)throw new Error(`Indices should be a vector but received shape
          ${n.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
          ${s.shape}`);if(n.shape[0]!==s.shape[0])throw new Error("segmentIds and indices should have same size.");let a=t.data.get(o.dataId).values,c=t.data.get(n.dataId).values,u=t.data.get(s.dataId).values,[i,l]=np(a,o.shape,o.dtype,c,u,!0);return t.makeTensorInfo(l,o.dtype,i)}var $F={kernelName:oi,backendName:"cpu",kernelFunc:gQ};v();Lh();function xQ(r){let{inputs:e,backend:t}=r,{data:o,indices:n,segmentIds:s}=e;if(o.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(n.shape.length!==1)throw new Error(`Indices should be a vector but received shape
         ${n.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
         ${s.shape}`);if(n.shape[0]!==s.shape[0])throw new Error("segmentIds and indices should have same size.");let a=t.data.get(o.dataId).values,c=t.data.get(n.dataId).values,u=t.data.get(s.dataId).values,[i,l]=np(a,o.shape,o.dtype,c,u);return t.makeTensorInfo(l,o.dtype,i)}var AF={kernelName:ni,backendName:"cpu",kernelFunc:xQ};v();_m();function bQ(r){let{inputs:e,backend:t,attrs:o}=r,{sparseIndices:n,sparseValues:s,defaultValue:a}=e,{outputShape:c}=o,{sliceRank:u,numUpdates:i,sliceSize:l,strides:p,outputSize:m}=S.calculateShapes(s,n,c),f=!1,d=t.bufferSync(n),h;switch(s.dtype){case"bool":{let g=t.bufferSync(s),x=!!t.data.get(a.dataId).values[0];h=on(d,g,c,m,l,i,u,p,x,f);break}case"float32":{let g=t.bufferSync(s),x=t.data.get(a.dataId).values[0];h=on(d,g,c,m,l,i,u,p,x,f);break}case"int32":{let g=t.bufferSync(s),x=t.data.get(a.dataId).values[0];h=on(d,g,c,m,l,i,u,p,x,f);break}case"string":{let g=t.bufferSync(s),x=b.decodeString(t.data.get(a.dataId).values[0]);h=on(d,g,c,m,l,i,u,p,x,f);break}default:throw new Error(`Unsupported type ${s.dtype}`)}return t.makeTensorInfo(c,h.dtype,h.values)}var RF={kernelName:Os,backendName:"cpu",kernelFunc:bQ};v();v();Cc();function yQ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{numOrSizeSplits:s,axis:a}=o,c=b.parseAxisParam(a,n.shape)[0],u=S.prepareSplitSize(n,s,c),i=new Array(n.shape.length).fill(0),l=n.shape.slice();return u.map(p=>{let m=[...l];m[c]=p;let f=Ro({inputs:{x:n},backend:t,attrs:{begin:i,size:m}});return i[c]+=p,f})}var DF={kernelName:ti,backendName:"cpu",kernelFunc:yQ};XC();v();we();var FF={kernelName:su,backendName:"cpu",kernelFunc:({inputs:r,backend:e})=>{let{x:t}=r,o=e;Q(t,"square");let n=o.data.get(t.dataId).values,s=new Float32Array(n.length);for(let c=0;c<n.length;++c){let u=n[c];s[c]=u*u}return{dataId:o.write(s,t.shape,t.dtype),shape:t.shape,dtype:t.dtype}}};JC();QC();v();tt();var wQ=_e(Go,(r,e)=>{let t=e;return isNaN(r)?NaN:r>0?1:t.alpha}),MF={kernelName:Go,backendName:"cpu",kernelFunc:wQ};v();we();Cc();e0();function vQ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{begin:s,end:a,strides:c,beginMask:u,endMask:i,ellipsisMask:l,newAxisMask:p,shrinkAxisMask:m}=o;Q(n,"stridedSlice");let{finalShapeSparse:f,finalShape:d,isIdentity:h,sliceDim0:g,isSimpleSlice:x,begin:y,end:w,strides:C}=bt.sliceInfo(n.shape,s,a,c,u,i,l,p,m),T;if(h)T=He({inputs:{x:n},backend:t,attrs:{shape:d}});else if(g||x){b.assert(n.shape.length>=1,()=>`Input must have rank at least 1, got: ${n.shape.length}`);let $=bt.computeOutShape(y,w,C),A=Ro({inputs:{x:n},backend:t,attrs:{begin:y,size:$}});T=He({inputs:{x:A},backend:t,attrs:{shape:d}}),t.disposeIntermediateTensorInfo(A)}else{let $=t.bufferSync(n),A=Wh(f,$,C,y);T=t.makeTensorInfo(d,A.dtype,A.values)}return T}var PF={kernelName:Ls,backendName:"cpu",kernelFunc:vQ};v();r0();function IQ(r){let{inputs:e,backend:t,attrs:o}=r,{separator:n,nGramWidths:s,leftPad:a,rightPad:c,padWidth:u,preserveShortSequences:i}=o,{data:l,dataSplits:p}=e,m=t.data.get(l.dataId).values,f=t.data.get(p.dataId).values,[d,h]=Uu(m,f,n,s,a,c,u,i);return[t.makeTensorInfo([d.length],"string",d),t.makeTensorInfo(p.shape,"int32",h)]}var OF={kernelName:si,backendName:"cpu",kernelFunc:IQ};v();o0();function CQ(r){let{inputs:e,backend:t,attrs:o}=r,{skipEmpty:n}=o,{input:s,delimiter:a}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(s.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${s.shape}`);if(a.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${a.shape}`);let c=t.data.get(s.dataId).values,u=t.data.get(a.dataId).values[0],[i,l,p]=zu(c,u,n),m=l.length;return[t.makeTensorInfo([m,2],"int32",i),t.makeTensorInfo([m],"string",l),t.makeTensorInfo([2],"int32",new Int32Array(p))]}var BF={kernelName:ai,backendName:"cpu",kernelFunc:CQ};v();n0();function SQ(r){let{inputs:e,backend:t,attrs:o}=r,{numBuckets:n}=o,{input:s}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(n<=0)throw new Error("Number of buckets must be at least 1");let a=t.data.get(s.dataId).values,c=Hu(a,n);return t.makeTensorInfo(s.shape,"int32",c)}var LF={kernelName:ii,backendName:"cpu",kernelFunc:SQ};Nm();v();tt();var kQ=_e("Tan",r=>Math.tan(r)),WF={kernelName:"Tan",backendName:"cpu",kernelFunc:kQ};v();tt();var _Q=_e(Ws,r=>Math.tanh(r)),VF={kernelName:Ws,backendName:"cpu",kernelFunc:_Q};v();_m();function TQ(r){let{inputs:e,backend:t}=r,{tensor:o,indices:n,updates:s}=e,{sliceRank:a,numUpdates:c,sliceSize:u,strides:i,outputSize:l}=S.calculateShapes(s,n,o.shape),p=!1,m=t.bufferSync(n),f=t.bufferSync(s),d=t.bufferSync(o),h=on(m,f,o.shape,l,u,c,a,i,d,p);return t.makeTensorInfo(o.shape,h.dtype,h.values)}var GF={kernelName:Ts,backendName:"cpu",kernelFunc:TQ};v();we();a0();function NQ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{reps:s}=o;Q(n,"tile");let a=Vh(t.bufferSync(n),s);return t.makeTensorInfo(a.shape,a.dtype,a.values)}var UF={kernelName:xo,backendName:"cpu",kernelFunc:NQ};v();we();i0();function EQ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{k:s,sorted:a}=o;Q(n,"topk");let c=t.data.get(n.dataId).values,[u,i]=Gh(c,n.shape,n.dtype,s,a);return[t.makeTensorInfo(u.shape,u.dtype,u.values),t.makeTensorInfo(i.shape,i.dtype,i.values)]}var zF={kernelName:Vs,backendName:"cpu",kernelFunc:EQ};v();function $Q(r){let{inputs:e,attrs:t,backend:o}=r,{image:n,transforms:s}=e,{interpolation:a,fillMode:c,fillValue:u,outputShape:i}=t,[l,p,m,f]=n.shape,[d,h]=i??[p,m],g=[l,d,h,f],x=b.computeStrides(n.shape),y=x[0],w=x[1],C=x[2],T=b.computeStrides(g),$=T[0],A=T[1],R=T[2],F=b.getTypedArrayFromDType(n.dtype,b.sizeFromShape(g));F.fill(u);let M=o.data.get(n.dataId).values,L=o.data.get(s.dataId).values;for(let G=0;G<l;++G){let q=s.shape[0]===1?L:L.subarray(G*8,G*8+8);for(let H=0;H<d;++H)for(let j=0;j<h;++j)for(let X=0;X<f;++X){let J,ee=q[6]*j+q[7]*H+1;if(ee===0)continue;let ae=(q[0]*j+q[1]*H+q[2])/ee,oe=(q[3]*j+q[4]*H+q[5])/ee,ie=HF(ae,m,c),re=HF(oe,p,c);switch(a){case"nearest":J=MQ(M,p,m,y,w,C,G,re,ie,X,u);break;case"bilinear":J=PQ(M,p,m,y,w,C,G,re,ie,X,u);break;default:throw new Error(`Error in Transform: Expect 'nearest' or 'bilinear', but got ${a}`)}let ne=G*$+H*A+j*R+X;F[ne]=J}return o.makeTensorInfo(g,n.dtype,F)}return{dataId:o.write(F,g,n.dtype),shape:n.shape,dtype:n.dtype}}var qF={kernelName:Gs,backendName:"cpu",kernelFunc:$Q};function HF(r,e,t){switch(t){case"reflect":return AQ(r,e);case"wrap":return RQ(r,e);case"nearest":return FQ(r,e);default:return DQ(r,e)}}function AQ(r,e){let t=r;if(t<0)if(e<=1)t=0;else{let o=2*e;t<o&&(t=o*Math.trunc(-t/o)+t),t=t<-e?t+o:-t-1}else if(t>e-1)if(e<=1)t=0;else{let o=2*e;t-=o*Math.trunc(t/o),t>=e&&(t=o-t-1)}return b.clamp(0,t,e-1)}function RQ(r,e){let t=r;if(t<0)if(e<=1)t=0;else{let o=e-1;t+=e*(Math.trunc(-t/o)+1)}else if(t>e-1)if(e<=1)t=0;else{let o=e-1;t-=e*Math.trunc(t/o)}return b.clamp(0,t,e-1)}function DQ(r,e){return r}function FQ(r,e){return b.clamp(0,r,e-1)}function Fm(r,e,t,o,n,s,a,c,u,i,l){let p=a*o+c*n+u*s+i;return 0<=c&&c<e&&0<=u&&u<t?r[p]:l}function MQ(r,e,t,o,n,s,a,c,u,i,l){let p=Math.round(c),m=Math.round(u);return Fm(r,e,t,o,n,s,a,p,m,i,l)}function PQ(r,e,t,o,n,s,a,c,u,i,l){let p=Math.floor(c),m=Math.floor(u),f=p+1,d=m+1,h=(d-u)*Fm(r,e,t,o,n,s,a,p,m,i,l)+(u-m)*Fm(r,e,t,o,n,s,a,p,d,i,l),g=(d-u)*Fm(r,e,t,o,n,s,a,f,m,i,l)+(u-m)*Fm(r,e,t,o,n,s,a,f,d,i,l);return(f-c)*h+(c-p)*g}Jr();v();we();c0();function OQ(r){let{inputs:e,attrs:t,backend:o}=r,{axis:n}=t,{x:s}=e;Q(s,"unique");let a=o.data.get(s.dataId).values,{outputValues:c,outputShape:u,indices:i}=qu(a,n,s.shape,s.dtype);return[o.makeTensorInfo(u,s.dtype,c),o.makeTensorInfo([i.length],"int32",i)]}var KF={kernelName:li,backendName:"cpu",kernelFunc:OQ};v();Cc();function BQ(r){let{inputs:e,backend:t,attrs:o}=r,{value:n}=e,{axis:s}=o;s<0&&(s+=n.shape.length);let a=n.shape.length,c=n.shape[s],u=new Array(a-1),i=0;for(let f=0;f<a;f++)f!==s&&(u[i++]=n.shape[f]);let l=new Array(a).fill(0),p=n.shape.slice();p[s]=1;let m=new Array(c);for(let f=0;f<m.length;f++){l[s]=f;let d=Ro({inputs:{x:n},backend:t,attrs:{begin:l,size:p}});m[f]=He({inputs:{x:d},backend:t,attrs:{shape:u}}),t.disposeIntermediateTensorInfo(d)}return m}var jF={kernelName:pi,backendName:"cpu",kernelFunc:BQ};v();we();Pu();_h();Wu();function LQ(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,segmentIds:s}=e,{numSegments:a}=o;Q(n,"unsortedSegmentSum");let c=n.shape.length,u=s.shape.length,i=[],l=[],p=c-u,m=s;for(let d=0;d<p;++d){let h=ap({inputs:{input:m},backend:t,attrs:{dim:d+1}});m=h,l.push(h)}for(let d=0;d<a;++d){let h=b.createScalarValue(d,"int32"),g=t.makeTensorInfo([],"int32",h),x=aC({inputs:{a:g,b:m},backend:t}),y=$o({inputs:{x},backend:t,attrs:{dtype:"float32"}}),w=Lu({inputs:{a:y,b:n},backend:t}),C=Di({inputs:{x:w},backend:t,attrs:{axis:0,keepDims:!1}});i.push(C),l.push(g),l.push(x),l.push(y),l.push(w),l.push(C)}let f=v0({inputs:i,backend:t,attrs:{axis:0}});return l.forEach(d=>t.disposeIntermediateTensorInfo(d)),f}var XF={kernelName:au,backendName:"cpu",kernelFunc:LQ};var WQ=[wR,NA,vR,IR,DA,CR,SR,kR,_R,TR,NR,ER,$R,AR,RR,FR,MR,PR,OR,yR,BR,LR,WR,FA,VR,RA,MA,GR,EA,UR,HR,qR,KR,jR,XR,YR,JR,ZR,QR,eD,tD,rD,oD,nD,sD,aD,iD,cD,uD,lD,pD,mD,dD,fR,hD,PA,gD,OA,xD,BA,bD,yD,wD,LA,WA,vD,ID,CD,SD,VA,GA,$A,kD,zR,_D,TD,ND,dR,UA,zA,ED,HA,$D,AD,RD,DD,FD,MD,PD,qA,OD,BD,LD,WD,GD,UD,zD,KA,HD,qD,XD,jA,XA,YD,JD,ZD,YA,QD,rF,oF,qh,nF,hR,ZA,sF,aF,iF,cF,AA,Am,uF,gR,xR,bR,lF,pF,mF,fF,dF,hF,gF,oR,xF,yF,wF,vF,sR,IF,CF,SF,aR,KD,_F,TF,NF,EF,$F,AF,RF,DF,cR,FF,uR,lR,MF,PF,OF,BF,LF,pR,fD,WF,VF,GF,UF,zF,qF,JA,KF,jF,XF,eF];for(let r of WQ)Qi(r);v();v();v();v();var ju={},Kh={alpha:!1,antialias:!1,premultipliedAlpha:!1,preserveDrawingBuffer:!1,depth:!1,stencil:!1,failIfMajorPerformanceCaveat:!0};function YF(r,e){ju[r]=e}function Zr(r,e){if(!(r in ju)||e!=null){let o=GQ(r,e);if(o!==null)ju[r]=o;else return console.log("Could not get context for WebGL version",r),null}let t=ju[r];return t==null||t.isContextLost()?(delete ju[r],Zr(r)):(t.disable(t.DEPTH_TEST),t.disable(t.STENCIL_TEST),t.disable(t.BLEND),t.disable(t.DITHER),t.disable(t.POLYGON_OFFSET_FILL),t.disable(t.SAMPLE_COVERAGE),t.enable(t.SCISSOR_TEST),t.enable(t.CULL_FACE),t.cullFace(t.BACK),ju[r])}function VQ(r){if(!P().getBool("IS_SAFARI")&&typeof OffscreenCanvas<"u"&&r===2)return new OffscreenCanvas(300,150);if(typeof document<"u")return document.createElement("canvas");throw new Error("Cannot create a canvas in this context")}function GQ(r,e){if(r!==1&&r!==2)throw new Error("Cannot get WebGL rendering context, WebGL is disabled.");let t=e??VQ(r);return t.addEventListener("webglcontextlost",o=>{o.preventDefault(),delete ju[r]},!1),P().getBool("SOFTWARE_WEBGL_ENABLED")&&(Kh.failIfMajorPerformanceCaveat=!1),r===1?t.getContext("webgl",Kh)||t.getContext("experimental-webgl",Kh):t.getContext("webgl2",Kh)}v();var kc;(function(r){r[r.DENSE=0]="DENSE",r[r.SHARED_BATCH=1]="SHARED_BATCH"})(kc||(kc={}));var wr;(function(r){r[r.RENDER=0]="RENDER",r[r.UPLOAD=1]="UPLOAD",r[r.PIXELS=2]="PIXELS",r[r.DOWNLOAD=3]="DOWNLOAD"})(wr||(wr={}));var ur;(function(r){r[r.UNPACKED_FLOAT16=0]="UNPACKED_FLOAT16",r[r.UNPACKED_FLOAT32=1]="UNPACKED_FLOAT32",r[r.PACKED_4X1_UNSIGNED_BYTE=2]="PACKED_4X1_UNSIGNED_BYTE",r[r.PACKED_2X2_FLOAT32=3]="PACKED_2X2_FLOAT32",r[r.PACKED_2X2_FLOAT16=4]="PACKED_2X2_FLOAT16"})(ur||(ur={}));function Xu(r,e){return[e,r]}function JF(r,e){return r*e}function Mm(r){let e=b.sizeFromShape(r),t=Math.ceil(e/4);return b.sizeToSquarishShape(t)}function ua(r,e){return[Math.max(1,Math.ceil(e/2)),Math.max(1,Math.ceil(r/2))]}function ZF(r,e){let[t,o]=ua(r,e);return t*o*4}function Pm(r,e){let t=r,o,n,s,a,c,u,i,l,p,m;return P().getNumber("WEBGL_VERSION")===2?(o=t.R32F,n=t.R16F,s=t.RGBA16F,a=t.RGBA32F,c=t.RED,i=4,l=1,p=t.HALF_FLOAT,m=t.FLOAT,u=t.RGBA8):(o=r.RGBA,n=r.RGBA,s=r.RGBA,a=t.RGBA,c=r.RGBA,i=4,l=4,p=e!=null?e.HALF_FLOAT_OES:null,m=r.FLOAT,u=r.RGBA),{internalFormatFloat:o,internalFormatHalfFloat:n,internalFormatPackedHalfFloat:s,internalFormatPackedFloat:a,textureFormatFloat:c,downloadTextureFormat:u,downloadUnpackNumChannels:i,defaultNumChannels:l,textureTypeHalfFloat:p,textureTypeFloat:m}}function de(r,e){let t=e();return P().getBool("DEBUG")&&UQ(r),t}function UQ(r){let e=r.getError();if(e!==r.NO_ERROR)throw new Error("WebGL Error: "+qQ(r,e))}var zQ=596e-10,HQ=65504;function QF(r){return!!(P().getBool("WEBGL_RENDER_FLOAT32_ENABLED")||r===0||zQ<Math.abs(r)&&Math.abs(r)<HQ)}function qQ(r,e){switch(e){case r.NO_ERROR:return"NO_ERROR";case r.INVALID_ENUM:return"INVALID_ENUM";case r.INVALID_VALUE:return"INVALID_VALUE";case r.INVALID_OPERATION:return"INVALID_OPERATION";case r.INVALID_FRAMEBUFFER_OPERATION:return"INVALID_FRAMEBUFFER_OPERATION";case r.OUT_OF_MEMORY:return"OUT_OF_MEMORY";case r.CONTEXT_LOST_WEBGL:return"CONTEXT_LOST_WEBGL";default:return`Unknown error code ${e}`}}function Om(r,e){return Fi(r,()=>r.getExtension(e),'Extension "'+e+'" not supported on this browser.')}function eM(r,e){let t=Fi(r,()=>r.createShader(r.VERTEX_SHADER),"Unable to create vertex WebGLShader.");if(de(r,()=>r.shaderSource(t,e)),de(r,()=>r.compileShader(t)),r.getShaderParameter(t,r.COMPILE_STATUS)===!1)throw console.log(r.getShaderInfoLog(t)),new Error("Failed to compile vertex shader.");return t}function tM(r,e){let t=Fi(r,()=>r.createShader(r.FRAGMENT_SHADER),"Unable to create fragment WebGLShader.");if(de(r,()=>r.shaderSource(t,e)),de(r,()=>r.compileShader(t)),P().get("ENGINE_COMPILE_ONLY"))return t;if(r.getShaderParameter(t,r.COMPILE_STATUS)===!1)throw _0(e,r.getShaderInfoLog(t)),new Error("Failed to compile fragment shader.");return t}var KQ=/ERROR: [0-9]+:([0-9]+):/g;function _0(r,e){let t=KQ.exec(e);if(t==null){console.log(`Couldn't parse line number in error: ${e}`),console.log(r);return}let o=+t[1],n=r.split(`
`),s=n.length.toString().length+2,a=n.map((p,m)=>b.rightPad((m+1).toString(),s)+p),c=0;for(let p=0;p<a.length;p++)c=Math.max(a[p].length,c);let u=a.slice(0,o-1),i=a.slice(o-1,o),l=a.slice(o);console.log(u.join(`
`)),console.log(e.split(`
`)[0]),console.log(`%c ${b.rightPad(i[0],c)}`,"border:1px solid red; background-color:#e3d2d2; color:#a61717"),console.log(l.join(`
`))}function rM(r){return Fi(r,()=>r.createProgram(),"Unable to create WebGLProgram.")}function oM(r,e){if(de(r,()=>r.linkProgram(e)),!P().get("ENGINE_COMPILE_ONLY")&&r.getProgramParameter(e,r.LINK_STATUS)===!1)throw console.log(r.getProgramInfoLog(e)),new Error("Failed to link vertex and fragment shaders.")}function Xh(r,e){if(de(r,()=>r.validateProgram(e)),r.getProgramParameter(e,r.VALIDATE_STATUS)===!1)throw console.log(r.getProgramInfoLog(e)),new Error("Shader program validation failed.")}function nM(r,e){let t=Fi(r,()=>r.createBuffer(),"Unable to create WebGLBuffer");return de(r,()=>r.bindBuffer(r.ARRAY_BUFFER,t)),de(r,()=>r.bufferData(r.ARRAY_BUFFER,e,r.STATIC_DRAW)),t}function sM(r,e){let t=Fi(r,()=>r.createBuffer(),"Unable to create WebGLBuffer");return de(r,()=>r.bindBuffer(r.ELEMENT_ARRAY_BUFFER,t)),de(r,()=>r.bufferData(r.ELEMENT_ARRAY_BUFFER,e,r.STATIC_DRAW)),t}function aM(r){return Fi(r,()=>r.createTexture(),"Unable to create WebGLTexture.")}function iM(r,e){let t=P().getNumber("WEBGL_MAX_TEXTURE_SIZE");if(r<=0||e<=0){let o=`[${r}x${e}]`;throw new Error("Requested texture size "+o+" is invalid.")}if(r>t||e>t){let o=`[${r}x${e}]`,n=`[${t}x${t}]`;throw new Error("Requested texture size "+o+" greater than WebGL maximum on this browser / GPU "+n+".")}}function cM(r){return Fi(r,()=>r.createFramebuffer(),"Unable to create WebGLFramebuffer.")}function T0(r,e,t,o,n,s,a){let c=r.getAttribLocation(e,t);return c===-1?!1:(de(r,()=>r.bindBuffer(r.ARRAY_BUFFER,o)),de(r,()=>r.vertexAttribPointer(c,n,r.FLOAT,!1,s,a)),de(r,()=>r.enableVertexAttribArray(c)),!0)}function jQ(r,e,t){YQ(r,t),de(r,()=>r.activeTexture(r.TEXTURE0+t)),de(r,()=>r.bindTexture(r.TEXTURE_2D,e))}function uM(r,e,t){return Fi(r,()=>r.getUniformLocation(e,t),'uniform "'+t+'" not present in program.')}function lM(r,e,t){return r.getUniformLocation(e,t)}function pM(r,e,t,o){de(r,()=>jQ(r,e,o)),de(r,()=>r.uniform1i(t,o))}function Yh(r,e,t){de(r,()=>r.bindFramebuffer(r.FRAMEBUFFER,t)),de(r,()=>r.framebufferTexture2D(r.FRAMEBUFFER,r.COLOR_ATTACHMENT0,r.TEXTURE_2D,e,0))}function N0(r,e){de(r,()=>r.bindFramebuffer(r.FRAMEBUFFER,e)),de(r,()=>r.framebufferTexture2D(r.FRAMEBUFFER,r.COLOR_ATTACHMENT0,r.TEXTURE_2D,null,0))}function Bm(r){let e=r.checkFramebufferStatus(r.FRAMEBUFFER);if(e!==r.FRAMEBUFFER_COMPLETE)throw new Error("Error binding framebuffer: "+XQ(r,e))}function XQ(r,e){switch(e){case r.FRAMEBUFFER_INCOMPLETE_ATTACHMENT:return"FRAMEBUFFER_INCOMPLETE_ATTACHMENT";case r.FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT:return"FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT";case r.FRAMEBUFFER_INCOMPLETE_DIMENSIONS:return"FRAMEBUFFER_INCOMPLETE_DIMENSIONS";case r.FRAMEBUFFER_UNSUPPORTED:return"FRAMEBUFFER_UNSUPPORTED";default:return`unknown error ${e}`}}function Fi(r,e,t){let o=de(r,()=>e());if(o==null)throw new Error(t);return o}function YQ(r,e){let t=r.MAX_COMBINED_TEXTURE_IMAGE_UNITS-1,o=e+r.TEXTURE0;if(o<r.TEXTURE0||o>t){let n=`[gl.TEXTURE0, gl.TEXTURE${t}]`;throw new Error(`textureUnit must be in ${n}.`)}}function _c(r,e=2){return b.sizeFromShape(r.slice(0,r.length-e))}function Tc(r){if(r.length===0)throw Error("Cannot get rows and columns of an empty shape array.");return[r.length>1?r[r.length-2]:1,r[r.length-1]]}function Lm(r){let e=[1,1,1];return r.length===0||r.length===1&&r[0]===1||(e=[_c(r),...Tc(r)]),e}function mM(r,e=!1){let t=P().getNumber("WEBGL_MAX_TEXTURE_SIZE"),o=P().getNumber("WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE");o===1/0&&P().getBool("WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE")&&(o=t/2),e&&(t=t*2,o=o*2,r=r.map((c,u)=>u>=r.length-2?b.nearestLargerEven(r[u]):r[u]),r.length===1&&(r=[2,r[0]])),r.length!==2&&(r=b.squeezeShape(r).newShape);let n=b.sizeFromShape(r),s=null;r.length<=1&&n<=t?s=[1,n]:r.length===2&&r[0]<=t&&r[1]<=t?s=r:r.length===3&&r[0]*r[1]<=t&&r[2]<=t?s=[r[0]*r[1],r[2]]:r.length===3&&r[0]<=t&&r[1]*r[2]<=t?s=[r[0],r[1]*r[2]]:r.length===4&&r[0]*r[1]*r[2]<=t&&r[3]<=t?s=[r[0]*r[1]*r[2],r[3]]:r.length===4&&r[0]<=t&&r[1]*r[2]*r[3]<=t&&(s=[r[0],r[1]*r[2]*r[3]]);let a=s!=null&&Math.max(...s)>o&&Math.min(...s)<=(e?2:1)&&Math.min(...s)>0;if(s==null||a)if(e){let c=_c(r),u=2,i=2;r.length&&([u,i]=Tc(r)),n=c*(u/2)*(i/2),s=b.sizeToSquarishShape(n).map(l=>l*2)}else s=b.sizeToSquarishShape(n);return s}function jh(r){return r%2===0}function Yu(r,e){if(r=r.slice(-2),e=e.slice(-2),b.arraysEqual(r,e)||!r.length||!e.length||r[0]===0||r[1]===0||e[0]===0||e[1]===0)return!0;if(r.length!==e.length){let t=r[r.length-1],o=e[e.length-1];if(t===o||jh(t)&&jh(o)&&(r[0]===1||e[0]===1))return!0}return r[1]===e[1]&&jh(r[0])&&jh(e[0])}var C0,S0;function fM(r){if(C0==null){let e=Zr(r);C0=e.getParameter(e.MAX_TEXTURE_SIZE)}return C0}function dM(r){if(S0==null){let e=Zr(r);S0=e.getParameter(e.MAX_TEXTURE_IMAGE_UNITS)}return Math.min(16,S0)}function hM(r){if(r===0)return 0;let e,t=Zr(r);return fo(t,"EXT_disjoint_timer_query_webgl2")&&r===2?e=2:fo(t,"EXT_disjoint_timer_query")?e=1:e=0,e}function fo(r,e){return r.getExtension(e)!=null}function E0(r){try{if(Zr(r)!=null)return!0}catch(e){return console.log("Error when getting WebGL context: ",e),!1}return!1}function gM(r){if(r===0)return!1;let e=Zr(r);if(r===1){if(!fo(e,"OES_texture_float"))return!1}else if(!fo(e,"EXT_color_buffer_float"))return!1;return k0(e)}function xM(r){if(r===0)return!1;let e=Zr(r);if(r===1){if(!fo(e,"OES_texture_float")||!fo(e,"WEBGL_color_buffer_float"))return!1}else{if(fo(e,"EXT_color_buffer_float"))return k0(e);let o="EXT_color_buffer_half_float";if(fo(e,o)){let n=e.getExtension(o);return JQ(e,n)}return!1}return k0(e)}function k0(r){let e=Pm(r),t=r.createTexture();r.bindTexture(r.TEXTURE_2D,t),r.texImage2D(r.TEXTURE_2D,0,e.internalFormatFloat,1,1,0,e.textureFormatFloat,e.textureTypeFloat,null);let s=r.createFramebuffer();r.bindFramebuffer(r.FRAMEBUFFER,s),r.framebufferTexture2D(r.FRAMEBUFFER,r.COLOR_ATTACHMENT0,r.TEXTURE_2D,t,0);let a=r.checkFramebufferStatus(r.FRAMEBUFFER)===r.FRAMEBUFFER_COMPLETE;return r.bindTexture(r.TEXTURE_2D,null),r.bindFramebuffer(r.FRAMEBUFFER,null),r.deleteTexture(t),r.deleteFramebuffer(s),a}function JQ(r,e){let t=Pm(r,e),o=r.createTexture();r.bindTexture(r.TEXTURE_2D,o),r.texImage2D(r.TEXTURE_2D,0,t.internalFormatHalfFloat,1,1,0,t.textureFormatFloat,t.textureTypeHalfFloat,null);let a=r.createFramebuffer();r.bindFramebuffer(r.FRAMEBUFFER,a),r.framebufferTexture2D(r.FRAMEBUFFER,r.COLOR_ATTACHMENT0,r.TEXTURE_2D,o,0);let c=r.checkFramebufferStatus(r.FRAMEBUFFER)===r.FRAMEBUFFER_COMPLETE;return r.bindTexture(r.TEXTURE_2D,null),r.bindFramebuffer(r.FRAMEBUFFER,null),r.deleteTexture(o),r.deleteFramebuffer(a),c}function bM(r){return r!==2?!1:Zr(r).fenceSync!=null}function la(r,e){Array.isArray(r)||(r=[r]),r.forEach(t=>{t!=null&&b.assert(t.dtype!=="complex64",()=>`${e} does not support complex64 tensors in the WebGL backend.`)})}var Ie=P();Ie.registerFlag("HAS_WEBGL",()=>Ie.getNumber("WEBGL_VERSION")>0);Ie.registerFlag("WEBGL_VERSION",()=>E0(2)?2:E0(1)?1:0);Ie.registerFlag("WEBGL_CHECK_NUMERICAL_PROBLEMS",()=>!1);Ie.registerFlag("WEBGL_BUFFER_SUPPORTED",()=>Ie.get("WEBGL_VERSION")===2);Ie.registerFlag("WEBGL_CPU_FORWARD",()=>!0);Ie.registerFlag("WEBGL_FORCE_F16_TEXTURES",()=>!1);Ie.registerFlag("WEBGL_PACK",()=>Ie.getBool("HAS_WEBGL"));Ie.registerFlag("WEBGL_PACK_NORMALIZATION",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_CLIP",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_DEPTHWISECONV",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_BINARY_OPERATIONS",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_UNARY_OPERATIONS",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_ARRAY_OPERATIONS",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_IMAGE_OPERATIONS",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_REDUCE",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_LAZILY_UNPACK",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_CONV_IM2COL",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_CONV2DTRANSPOSE",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_MAX_TEXTURE_SIZE",()=>fM(Ie.getNumber("WEBGL_VERSION")));Ie.registerFlag("WEBGL_MAX_TEXTURES_IN_SHADER",()=>dM(Ie.getNumber("WEBGL_VERSION")));Ie.registerFlag("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION",()=>{let r=Ie.getNumber("WEBGL_VERSION");return r===0?0:hM(r)});Ie.registerFlag("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE",()=>Ie.getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")>0&&!fi.isMobile());Ie.registerFlag("WEBGL_RENDER_FLOAT32_CAPABLE",()=>gM(Ie.getNumber("WEBGL_VERSION")));Ie.registerFlag("WEBGL_RENDER_FLOAT32_ENABLED",()=>Ie.getBool("WEBGL_FORCE_F16_TEXTURES")?!1:Ie.getBool("WEBGL_RENDER_FLOAT32_CAPABLE"));Ie.registerFlag("WEBGL_DOWNLOAD_FLOAT_ENABLED",()=>xM(Ie.getNumber("WEBGL_VERSION")));Ie.registerFlag("WEBGL_FENCE_API_ENABLED",()=>bM(Ie.getNumber("WEBGL_VERSION")));Ie.registerFlag("WEBGL_SIZE_UPLOAD_UNIFORM",()=>Ie.getBool("WEBGL_RENDER_FLOAT32_ENABLED")?4:0);Ie.registerFlag("WEBGL_DELETE_TEXTURE_THRESHOLD",()=>-1,r=>{if(typeof r!="number")throw new Error(`WEBGL_DELETE_TEXTURE_THRESHOLD must be a number but got ${r}.`);if(r<0&&r!==-1)throw new Error(`WEBGL_DELETE_TEXTURE_THRESHOLD must be -1 (indicating never delete) or at least 0, but got ${r}.`)});Ie.registerFlag("WEBGL_FLUSH_THRESHOLD",()=>fi.isMobile()?1:-1,r=>{if(typeof r!="number")throw new Error(`WEBGL_FLUSH_THRESHOLD must be a number but got ${r}.`);if(r<0&&r!==-1)throw new Error(`WEBGL_FLUSH_THRESHOLD must be -1 (indicating never manual flush) or at least 0, but got ${r}.`)});Ie.registerFlag("CPU_HANDOFF_SIZE_THRESHOLD",()=>128);Ie.registerFlag("WEBGL_USE_SHAPES_UNIFORMS",()=>!1);Ie.registerFlag("TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD",()=>1e5);Ie.registerFlag("TOPK_K_CPU_HANDOFF_THRESHOLD",()=>128);Ie.registerFlag("WEBGL_EXP_CONV",()=>!1);Ie.registerFlag("SOFTWARE_WEBGL_ENABLED",()=>Ie.getBool("IS_TEST"));Ie.registerFlag("WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE",()=>1/0);Ie.registerFlag("WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE",()=>!1);Ie.registerFlag("WEBGL2_ISNAN_CUSTOM",()=>!1);Ie.registerFlag("ENGINE_COMPILE_ONLY",()=>!1);v();v();function kt(){let r,e,t,o,n,s,a,c,u,i;return P().getNumber("WEBGL_VERSION")===2?(r="#version 300 es",e="in",t="out",o="in",n="texture",s="outputColor",a="out vec4 outputColor;",c=P().getBool("WEBGL2_ISNAN_CUSTOM")?`
      bool isnan_custom(float val) {
        uint floatToUint = floatBitsToUint(val);
        return (floatToUint & 0x7fffffffu) > 0x7f800000u;
      }

      bvec4 isnan_custom(vec4 val) {
        return bvec4(isnan_custom(val.x),
          isnan_custom(val.y), isnan_custom(val.z), isnan_custom(val.w));
      }

      #define isnan(value) isnan_custom(value)
    `:"",u="",i=`
      #define round(value) newRound(value)
      int newRound(float value) {
        return int(floor(value + 0.5));
      }

      ivec4 newRound(vec4 value) {
        return ivec4(floor(value + vec4(0.5)));
      }
    `):(r="",e="attribute",t="varying",o="varying",n="texture2D",s="gl_FragColor",a="",c=`
      #define isnan(value) isnan_custom(value)
      bool isnan_custom(float val) {
        return (val > 0. || val < 1. || val == 0.) ? false : true;
      }
      bvec4 isnan_custom(vec4 val) {
        return bvec4(isnan(val.x), isnan(val.y), isnan(val.z), isnan(val.w));
      }
    `,u=`
      uniform float INFINITY;

      bool isinf(float val) {
        return abs(val) == INFINITY;
      }
      bvec4 isinf(vec4 val) {
        return equal(abs(val), vec4(INFINITY));
      }
    `,i=`
      int round(float value) {
        return int(floor(value + 0.5));
      }

      ivec4 round(vec4 value) {
        return ivec4(floor(value + vec4(0.5)));
      }
    `),{version:r,attribute:e,varyingVs:t,varyingFs:o,texture2D:n,output:s,defineOutput:a,defineSpecialNaN:c,defineSpecialInf:u,defineRound:i}}v();v();v();function nn(r,e,t="index"){let o=b.computeStrides(e);return o.map((n,s)=>{let a=`int ${r[s]} = ${t} / ${n}`,c=s===o.length-1?`int ${r[s+1]} = ${t} - ${r[s]} * ${n}`:`index -= ${r[s]} * ${n}`;return`${a}; ${c};`}).join("")}function Ju(r,e,t="index"){let o=b.computeStrides(e);return o.map((n,s)=>{let a=`int ${r[s]} = ${t} / outShapeStrides[${s}]`,c=s===o.length-1?`int ${r[s+1]} = ${t} - ${r[s]} * outShapeStrides[${s}]`:`index -= ${r[s]} * outShapeStrides[${s}]`;return`${a}; ${c};`}).join("")}function ZQ(r,e){let t=r.length,o=r.map(s=>`${e}[${s}]`),n=new Array(t-1);n[t-2]=o[t-1];for(let s=t-3;s>=0;--s)n[s]=`(${n[s+1]} * ${o[s+1]})`;return n}function yM(r,e,t="index"){let o=r.map((s,a)=>a),n=ZQ(o,e);return n.map((s,a)=>{let c=`int ${r[a]} = ${t} / ${n[a]}`,u=a===n.length-1?`int ${r[a+1]} = ${t} - ${r[a]} * ${n[a]}`:`index -= ${r[a]} * ${n[a]}`;return`${c}; ${u};`}).join("")}function ip(r){let e=b.computeStrides(r).map(t=>t.toString());return`
  int getFlatIndex(ivec3 coords) {
    return coords.x * ${e[0]} + coords.y * ${e[1]} + coords.z;
  }
`}function cp(){return`
  int getFlatIndex(ivec3 coords) {
    return coords.x * outShapeStrides[0] + coords.y * outShapeStrides[1] + coords.z;
  }
`}var Zh=`
  const float FLOAT_MAX = 1.70141184e38;
  const float FLOAT_MIN = 1.17549435e-38;

  lowp vec4 encode_float(highp float v) {
    if (isnan(v)) {
      return vec4(255, 255, 255, 255);
    }

    highp float av = abs(v);

    if(av < FLOAT_MIN) {
      return vec4(0.0, 0.0, 0.0, 0.0);
    } else if(v > FLOAT_MAX) {
      return vec4(0.0, 0.0, 128.0, 127.0) / 255.0;
    } else if(v < -FLOAT_MAX) {
      return vec4(0.0, 0.0,  128.0, 255.0) / 255.0;
    }

    highp vec4 c = vec4(0,0,0,0);

    highp float e = floor(log2(av));
    highp float m = exp2(fract(log2(av))) - 1.0;

    c[2] = floor(128.0 * m);
    m -= c[2] / 128.0;
    c[1] = floor(32768.0 * m);
    m -= c[1] / 32768.0;
    c[0] = floor(8388608.0 * m);

    highp float ebias = e + 127.0;
    c[3] = floor(ebias / 2.0);
    ebias -= c[3] * 2.0;
    c[2] += floor(ebias) * 128.0;

    c[3] += 128.0 * step(0.0, -v);

    return c / 255.0;
  }
`;var{getBroadcastDims:wM}=S;function vM(r,e,t){let o=[];if(r.forEach(f=>{let d=b.sizeFromShape(f.shapeInfo.logicalShape);if(f.shapeInfo.isUniform?o.push(`uniform float ${f.name}${d>1?`[${d}]`:""};`):(o.push(`uniform sampler2D ${f.name};`),o.push(`uniform int offset${f.name};`)),t.enableShapeUniforms){let{uniformShape:h}=Qh(t.packedInputs,f.shapeInfo.logicalShape,f.shapeInfo.texShape);switch(h.length){case 1:o.push(`uniform int ${f.name}Shape;`);break;case 2:o.push(`uniform ivec2 ${f.name}Shape;`);break;case 3:o.push(`uniform ivec3 ${f.name}Shape;`);break;case 4:o.push(`uniform ivec4 ${f.name}Shape;`);break;default:break}o.push(`uniform ivec2 ${f.name}TexShape;`)}}),t.enableShapeUniforms){switch(e.logicalShape.length){case 1:o.push("uniform int outShape;");break;case 2:o.push("uniform ivec2 outShape;"),o.push("uniform int outShapeStrides;");break;case 3:o.push("uniform ivec3 outShape;"),o.push("uniform ivec2 outShapeStrides;");break;case 4:o.push("uniform ivec4 outShape;"),o.push("uniform ivec3 outShapeStrides;");break;default:break}o.push("uniform ivec2 outTexShape;")}t.customUniforms&&t.customUniforms.forEach(f=>{o.push(`uniform ${f.type} ${f.name}${f.arrayIndex?`[${f.arrayIndex}]`:""};`)});let n=o.join(`
`),s=r.map(f=>QQ(f,e,t.packedInputs,t.enableShapeUniforms)).join(`
`),a=e.texShape,c=kt(),u=ree(c),i,l,p=see(c);return e.isPacked?(i=eee(e.logicalShape,a,t.enableShapeUniforms),l=nee(c)):(i=tee(e.logicalShape,a,t.enableShapeUniforms),l=oee(c)),t.packedInputs&&(p+=uee),[p,u,l,n,i,s,t.userCode].join(`
`)}function lp(r,e=!1){let t=r.shapeInfo.logicalShape;switch(t.length){case 0:return vee(r,e);case 1:return Cee(r,e);case 2:return kee(r,e);case 3:return Tee(r,e);case 4:return Eee(r,e);case 5:return $ee(r);case 6:return Aee(r);default:throw new Error(`${t.length}-D input sampling is not yet supported`)}}function IM(r,e){switch(r.shapeInfo.logicalShape.length){case 0:return wee(r);case 1:return Iee(r,e);case 2:return See(r,e);case 3:return _ee(r,e);default:return Nee(r,e)}}function QQ(r,e,t=!1,o){let n="";t?n+=IM(r,o):n+=lp(r,o);let s=r.shapeInfo.logicalShape,a=e.logicalShape;return s.length<=a.length&&(t?n+=Ree(r,e):n+=Dee(r,e)),n}function eee(r,e,t){switch(r.length){case 0:return CM();case 1:return lee(r,e,t);case 2:return bee(r,e,t);case 3:return mee(r,e,t);default:return dee(r,e,t)}}function tee(r,e,t){switch(r.length){case 0:return CM();case 1:return pee(r,e,t);case 2:return yee(r,e,t);case 3:return fee(r,e,t);case 4:return hee(r,e,t);case 5:return gee(r,e);case 6:return xee(r,e);default:throw new Error(`${r.length}-D output sampling is not yet supported`)}}function ree(r){return`
    float sampleTexture(sampler2D textureSampler, vec2 uv) {
      return ${r.texture2D}(textureSampler, uv).r;
    }
  `}function oee(r){return`
    void setOutput(float val) {
      ${r.output} = vec4(val, 0, 0, 0);
    }
  `}function nee(r){return`
    void setOutput(vec4 val) {
      ${r.output} = val;
    }
  `}function see(r){return`${r.version}
    precision highp float;
    precision highp int;
    precision highp sampler2D;
    ${r.varyingFs} vec2 resultUV;
    ${r.defineOutput}
    const vec2 halfCR = vec2(0.5, 0.5);

    struct ivec5
    {
      int x;
      int y;
      int z;
      int w;
      int u;
    };

    struct ivec6
    {
      int x;
      int y;
      int z;
      int w;
      int u;
      int v;
    };

    uniform float NAN;
    ${r.defineSpecialNaN}
    ${r.defineSpecialInf}
    ${r.defineRound}

    int imod(int x, int y) {
      return x - y * (x / y);
    }

    int idiv(int a, int b, float sign) {
      int res = a / b;
      int mod = imod(a, b);
      if (sign < 0. && mod != 0) {
        res -= 1;
      }
      return res;
    }

    //Based on the work of Dave Hoskins
    //https://www.shadertoy.com/view/4djSRW
    #define HASHSCALE1 443.8975
    float random(float seed){
      vec2 p = resultUV * seed;
      vec3 p3  = fract(vec3(p.xyx) * HASHSCALE1);
      p3 += dot(p3, p3.yzx + 19.19);
      return fract((p3.x + p3.y) * p3.z);
    }

    ${aee}
    ${iee}
    ${cee}
  `}var aee=`
vec2 uvFromFlat(int texNumR, int texNumC, int index) {
  int texR = index / texNumC;
  int texC = index - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
vec2 packedUVfrom1D(int texNumR, int texNumC, int index) {
  int texelIndex = index / 2;
  int texR = texelIndex / texNumC;
  int texC = texelIndex - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,iee=`
vec2 packedUVfrom2D(int texelsInLogicalRow, int texNumR,
  int texNumC, int row, int col) {
  int texelIndex = (row / 2) * texelsInLogicalRow + (col / 2);
  int texR = texelIndex / texNumC;
  int texC = texelIndex - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,cee=`
vec2 packedUVfrom3D(int texNumR, int texNumC,
    int texelsInBatch, int texelsInLogicalRow, int b,
    int row, int col) {
  int index = b * texelsInBatch + (row / 2) * texelsInLogicalRow + (col / 2);
  int texR = index / texNumC;
  int texC = index - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,uee=`
  float getChannel(vec4 frag, vec2 innerDims) {
    vec2 modCoord = mod(innerDims, 2.);
    return modCoord.x == 0. ?
      (modCoord.y == 0. ? frag.r : frag.g) :
      (modCoord.y == 0. ? frag.b : frag.a);
  }
  float getChannel(vec4 frag, int dim) {
    float modCoord = mod(float(dim), 2.);
    return modCoord == 0. ? frag.r : frag.g;
  }
`;function CM(){return`
    int getOutputCoords() {
      return 0;
    }
  `}function lee(r,e,t){let o=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)];return o[0]===1?t?`
      int getOutputCoords() {
        return 2 * int(resultUV.x * ceil(float(outTexShape[1]) / 2.0));
      }
    `:`
      int getOutputCoords() {
        return 2 * int(resultUV.x * ${o[1]}.0);
      }
    `:o[1]===1?t?`
      int getOutputCoords() {
        return 2 * int(resultUV.y * ceil(float(outTexShape[0]) / 2.0));
      }
    `:`
      int getOutputCoords() {
        return 2 * int(resultUV.y * ${o[0]}.0);
      }
    `:t?`
    int getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      return 2 * (resTexRC.x * packedTexShape[1] + resTexRC.y);
    }
  `:`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${o[0]}, ${o[1]}));
      return 2 * (resTexRC.x * ${o[1]} + resTexRC.y);
    }
  `}function pee(r,e,t){return e[0]===1?t?`
      int getOutputCoords() {
        return int(resultUV.x * float(outTexShape[1]));
      }
    `:`
      int getOutputCoords() {
        return int(resultUV.x * ${e[1]}.0);
      }
    `:e[1]===1?t?`
      int getOutputCoords() {
        return int(resultUV.y * float(outTexShape[0]));
      }
    `:`
      int getOutputCoords() {
        return int(resultUV.y * ${e[0]}.0);
      }
    `:t?`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(outTexShape[0], outTexShape[1]));
      return resTexRC.x * outTexShape[1] + resTexRC.y;
    }
  `:`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${e[0]}, ${e[1]}));
      return resTexRC.x * ${e[1]} + resTexRC.y;
    }
  `}function mee(r,e,t){if(t)return`
    ivec3 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      int texelsInLogicalRow = int(ceil(float(outShape[2]) / 2.0));
      int texelsInBatch = texelsInLogicalRow * int(ceil(float(outShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;

      int b = index / texelsInBatch;
      index -= b * texelsInBatch;

      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec3(b, r, c);
    }
  `;let o=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)],n=Math.ceil(r[2]/2),s=n*Math.ceil(r[1]/2);return`
    ivec3 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${o[0]}, ${o[1]}));
      int index = resTexRC.x * ${o[1]} + resTexRC.y;

      int b = index / ${s};
      index -= b * ${s};

      int r = 2 * (index / ${n});
      int c = imod(index, ${n}) * 2;

      return ivec3(b, r, c);
    }
  `}function fee(r,e,t){if(t)return`
  ivec3 getOutputCoords() {
    ivec2 resTexRC = ivec2(resultUV.yx *
                           vec2(outTexShape[0], outTexShape[1]));
    int index = resTexRC.x * outTexShape[1] + resTexRC.y;
    ${Ju(["r","c","d"],r)}
    return ivec3(r, c, d);
  }
`;let o=nn(["r","c","d"],r);return`
    ivec3 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;
      ${o}
      return ivec3(r, c, d);
    }
  `}function dee(r,e,t){if(t)return`
    ivec4 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;

      int texelsInLogicalRow = int(ceil(float(outShape[3]) / 2.0));
      int texelsInBatch = texelsInLogicalRow * int(ceil(float(outShape[2]) / 2.0));
      int texelsInBatchN = texelsInBatch * outShape[1];

      int b2 = index / texelsInBatchN;
      index -= b2 * texelsInBatchN;

      int b = index / texelsInBatch;
      index -= b * texelsInBatch;

      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec4(b2, b, r, c);
    }
  `;let o=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)],n=Math.ceil(r[r.length-1]/2),s=n*Math.ceil(r[r.length-2]/2),a=s,c="",u="b, r, c";for(let i=2;i<r.length-1;i++)a*=r[r.length-i-1],c=`
      int b${i} = index / ${a};
      index -= b${i} * ${a};
    `+c,u=`b${i}, `+u;return`
    ivec${r.length} getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${o[0]}, ${o[1]}));
      int index = resTexRC.x * ${o[1]} + resTexRC.y;

      ${c}

      int b = index / ${s};
      index -= b * ${s};

      int r = 2 * (index / ${n});
      int c = imod(index, ${n}) * 2;

      return ivec${r.length}(${u});
    }
  `}function hee(r,e,t){if(t)return`
    ivec4 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(outTexShape[0], outTexShape[1]));
      int index = resTexRC.x * outTexShape[1] + resTexRC.y;
      ${Ju(["r","c","d","d2"],r)}
      return ivec4(r, c, d, d2);
    }
  `;let o=nn(["r","c","d","d2"],r);return`
    ivec4 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;
      ${o}
      return ivec4(r, c, d, d2);
    }
  `}function gee(r,e){let t=nn(["r","c","d","d2","d3"],r);return`
    ivec5 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx * vec2(${e[0]},
                             ${e[1]}));

      int index = resTexRC.x * ${e[1]} + resTexRC.y;

      ${t}

      ivec5 outShape = ivec5(r, c, d, d2, d3);
      return outShape;
    }
  `}function xee(r,e){let t=nn(["r","c","d","d2","d3","d4"],r);return`
    ivec6 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;

      ${t}

      ivec6 result = ivec6(r, c, d, d2, d3, d4);
      return result;
    }
  `}function bee(r,e,t){let o=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)];if(b.arraysEqual(r,e))return t?`
      ivec2 getOutputCoords() {
        ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
        return 2 * ivec2(resultUV.yx * vec2(packedTexShape[0], packedTexShape[1]));
      }
    `:`
      ivec2 getOutputCoords() {
        return 2 * ivec2(resultUV.yx * vec2(${o[0]}, ${o[1]}));
      }
    `;let n=Math.ceil(r[1]/2);return t?`
    ivec2 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      int texelsInLogicalRow = int(ceil(float(outShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));

      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;
      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec2(r, c);
    }
  `:`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${o[0]}, ${o[1]}));

      int index = resTexRC.x * ${o[1]} + resTexRC.y;
      int r = 2 * (index / ${n});
      int c = imod(index, ${n}) * 2;

      return ivec2(r, c);
    }
  `}function yee(r,e,t){return b.arraysEqual(r,e)?t?`
      ivec2 getOutputCoords() {
        return ivec2(resultUV.yx * vec2(outTexShape[0], outTexShape[1]));
      }
    `:`
      ivec2 getOutputCoords() {
        return ivec2(resultUV.yx * vec2(${e[0]}, ${e[1]}));
      }
    `:r[1]===1?t?`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(outTexShape[0], outTexShape[1]));
        int index = resTexRC.x * outTexShape[1] + resTexRC.y;
        return ivec2(index, 0);
      }
    `:`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(${e[0]}, ${e[1]}));
        int index = resTexRC.x * ${e[1]} + resTexRC.y;
        return ivec2(index, 0);
      }
    `:r[0]===1?t?`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(outTexShape[0], outTexShape[1]));
        int index = resTexRC.x * outTexShape[1] + resTexRC.y;
        return ivec2(0, index);
      }
    `:`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(${e[0]}, ${e[1]}));
        int index = resTexRC.x * ${e[1]} + resTexRC.y;
        return ivec2(0, index);
      }
    `:t?`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(outTexShape[0], outTexShape[1]));
      int index = resTexRC.x * outTexShape[1] + resTexRC.y;
      int r = index / outShape[1];
      int c = index - r * outShape[1];
      return ivec2(r, c);
    }
  `:`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;
      int r = index / ${r[1]};
      int c = index - r * ${r[1]};
      return ivec2(r, c);
    }
  `}function Zu(r){return`offset${r}`}function wee(r){let e=r.name,t="get"+e.charAt(0).toUpperCase()+e.slice(1),o=kt();return`
    vec4 ${t}() {
      return ${o.texture2D}(${e}, halfCR);
    }
  `}function vee(r,e){let t=r.name,o="get"+t.charAt(0).toUpperCase()+t.slice(1);if(r.shapeInfo.isUniform)return`float ${o}() {return ${t};}`;let[n,s]=r.shapeInfo.texShape;if(n===1&&s===1)return`
      float ${o}() {
        return sampleTexture(${t}, halfCR);
      }
    `;let a=Zu(t);if(e)return`
    float ${o}() {
      vec2 uv = uvFromFlat(${t}TexShape[0], ${t}TexShape[1], ${a});
      return sampleTexture(${t}, uv);
    }
  `;let[c,u]=r.shapeInfo.texShape;return`
    float ${o}() {
      vec2 uv = uvFromFlat(${c}, ${u}, ${a});
      return sampleTexture(${t}, uv);
    }
  `}function Iee(r,e){let t=r.name,o="get"+t.charAt(0).toUpperCase()+t.slice(1),n=r.shapeInfo.texShape,s=kt();if(e)return`
    vec4 ${o}(int index) {
      ivec2 packedTexShape = ivec2(ceil(float(${t}TexShape[0]) / 2.0), ceil(float(${t}TexShape[1]) / 2.0));
      vec2 uv = packedUVfrom1D(
        packedTexShape[0], packedTexShape[1], index);
      return ${s.texture2D}(${t}, uv);
    }
  `;let a=[Math.ceil(n[0]/2),Math.ceil(n[1]/2)];return`
    vec4 ${o}(int index) {
      vec2 uv = packedUVfrom1D(
        ${a[0]}, ${a[1]}, index);
      return ${s.texture2D}(${t}, uv);
    }
  `}function Cee(r,e){let t=r.name,o="get"+t.charAt(0).toUpperCase()+t.slice(1);if(r.shapeInfo.isUniform)return`
      float ${o}(int index) {
        ${pp(r)}
      }
    `;let n=r.shapeInfo.texShape,s=n[0],a=n[1];if(a===1&&s===1)return`
      float ${o}(int index) {
        return sampleTexture(${t}, halfCR);
      }
    `;let c=Zu(t);return a===1?e?`
      float ${o}(int index) {
        vec2 uv = vec2(0.5, (float(index + ${c}) + 0.5) / float(${t}TexShape[0]));
        return sampleTexture(${t}, uv);
      }
    `:`
      float ${o}(int index) {
        vec2 uv = vec2(0.5, (float(index + ${c}) + 0.5) / ${s}.0);
        return sampleTexture(${t}, uv);
      }
    `:s===1?e?`
      float ${o}(int index) {
        vec2 uv = vec2((float(index + ${c}) + 0.5) / float(${t}TexShape[1]), 0.5);
        return sampleTexture(${t}, uv);
      }
    `:`
      float ${o}(int index) {
        vec2 uv = vec2((float(index + ${c}) + 0.5) / ${a}.0, 0.5);
        return sampleTexture(${t}, uv);
      }
    `:e?`
    float ${o}(int index) {
      vec2 uv = uvFromFlat(${t}TexShape[0], ${t}TexShape[1], index + ${c});
      return sampleTexture(${t}, uv);
    }
  `:`
    float ${o}(int index) {
      vec2 uv = uvFromFlat(${s}, ${a}, index + ${c});
      return sampleTexture(${t}, uv);
    }
  `}function See(r,e){let t=r.shapeInfo.logicalShape,o=r.name,n="get"+o.charAt(0).toUpperCase()+o.slice(1),s=r.shapeInfo.texShape,a=s[0],c=s[1],u=kt();if(s!=null&&b.arraysEqual(t,s))return e?`
      vec4 ${n}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${o}TexShape[1], ${o}TexShape[0]);

        return ${u.texture2D}(${o}, uv);
      }
    `:`
      vec4 ${n}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${c}.0, ${a}.0);

        return ${u.texture2D}(${o}, uv);
      }
    `;if(e)return`
    vec4 ${n}(int row, int col) {
      ivec2 packedTexShape = ivec2(ceil(float(${o}TexShape[0]) / 2.0), ceil(float(${o}TexShape[1]) / 2.0));
      int valuesPerRow = int(ceil(float(${o}Shape[1]) / 2.0));
      vec2 uv = packedUVfrom2D(valuesPerRow, packedTexShape[0], packedTexShape[1], row, col);
      return ${u.texture2D}(${o}, uv);
    }
  `;let i=[Math.ceil(s[0]/2),Math.ceil(s[1]/2)],l=Math.ceil(t[1]/2);return`
    vec4 ${n}(int row, int col) {
      vec2 uv = packedUVfrom2D(${l}, ${i[0]}, ${i[1]}, row, col);
      return ${u.texture2D}(${o}, uv);
    }
  `}function kee(r,e){let t=r.shapeInfo.logicalShape,o=r.name,n="get"+o.charAt(0).toUpperCase()+o.slice(1),s=r.shapeInfo.texShape;if(s!=null&&b.arraysEqual(t,s)){if(e)return`
      float ${n}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${o}TexShape[1], ${o}TexShape[0]);
        return sampleTexture(${o}, uv);
      }
    `;let m=s[0],f=s[1];return`
    float ${n}(int row, int col) {
      vec2 uv = (vec2(col, row) + halfCR) / vec2(${f}.0, ${m}.0);
      return sampleTexture(${o}, uv);
    }
  `}let{newShape:a,keptDims:c}=b.squeezeShape(t),u=a;if(u.length<t.length){let m=mp(r,u),f=["row","col"];return`
      ${lp(m,e)}
      float ${n}(int row, int col) {
        return ${n}(${fp(f,c)});
      }
    `}if(r.shapeInfo.isUniform)return`
      float ${n}(int row, int col) {
        int index = round(dot(vec2(row, col), vec2(${t[1]}, 1)));
        ${pp(r)}
      }
    `;let i=s[0],l=s[1],p=Zu(o);return l===1?e?`
      float ${n}(int row, int col) {
        float index = dot(vec3(row, col, ${p}), vec3(${o}Shape[1], 1, 1));
        vec2 uv = vec2(0.5, (index + 0.5) / float(${o}TexShape[0]));
        return sampleTexture(${o}, uv);
      }
    `:`
    float ${n}(int row, int col) {
      float index = dot(vec3(row, col, ${p}), vec3(${t[1]}, 1, 1));
      vec2 uv = vec2(0.5, (index + 0.5) / ${i}.0);
      return sampleTexture(${o}, uv);
    }
  `:i===1?e?`
      float ${n}(int row, int col) {
        float index = dot(vec3(row, col, ${p}), vec3(${o}Shape[1], 1, 1));
        vec2 uv = vec2((index + 0.5) / float(${o}TexShape[1]), 0.5);
        return sampleTexture(${o}, uv);
      }
    `:`
    float ${n}(int row, int col) {
      float index = dot(vec3(row, col, ${p}), vec3(${t[1]}, 1, 1));
      vec2 uv = vec2((index + 0.5) / ${l}.0, 0.5);
      return sampleTexture(${o}, uv);
    }
  `:e?`
      float ${n}(int row, int col) {
        // Explicitly use integer operations as dot() only works on floats.
        int index = row * ${o}Shape[1] + col + ${p};
        vec2 uv = uvFromFlat(${o}TexShape[0], ${o}TexShape[1], index);
        return sampleTexture(${o}, uv);
      }
    `:`
  float ${n}(int row, int col) {
    // Explicitly use integer operations as dot() only works on floats.
    int index = row * ${t[1]} + col + ${p};
    vec2 uv = uvFromFlat(${i}, ${l}, index);
    return sampleTexture(${o}, uv);
  }
`}function _ee(r,e){let t=r.shapeInfo.logicalShape,o=r.name,n="get"+o.charAt(0).toUpperCase()+o.slice(1),s=r.shapeInfo.texShape,a=[Math.ceil(s[0]/2),Math.ceil(s[1]/2)];if(t[0]===1){let m=t.slice(1),f=[1,2],d=mp(r,m),h=["b","row","col"];return`
        ${IM(d,e)}
        vec4 ${n}(int b, int row, int col) {
          return ${n}(${fp(h,f)});
        }
      `}let c=kt();if(e)return`
    vec4 ${n}(int b, int row, int col) {
      ivec2 packedTexShape = ivec2(ceil(float(${o}TexShape[0]) / 2.0), ceil(float(${o}TexShape[1]) / 2.0));
      int valuesPerRow = int(ceil(float(${o}Shape[2]) / 2.0));
      int texelsInBatch = valuesPerRow * int(ceil(float(${o}Shape[1]) / 2.0));
      vec2 uv = packedUVfrom3D(
        packedTexShape[0], packedTexShape[1], texelsInBatch, valuesPerRow, b, row, col);
      return ${c.texture2D}(${o}, uv);
    }
  `;let u=a[0],i=a[1],l=Math.ceil(t[2]/2),p=l*Math.ceil(t[1]/2);return`
    vec4 ${n}(int b, int row, int col) {
      vec2 uv = packedUVfrom3D(
        ${u}, ${i}, ${p}, ${l}, b, row, col);
      return ${c.texture2D}(${o}, uv);
    }
  `}function Tee(r,e){let t=r.shapeInfo.logicalShape,o=r.name,n="get"+o.charAt(0).toUpperCase()+o.slice(1),s=t[1]*t[2],a=t[2],{newShape:c,keptDims:u}=b.squeezeShape(t),i=c;if(i.length<t.length){let h=mp(r,i),g=["row","col","depth"];return`
        ${lp(h,e)}
        float ${n}(int row, int col, int depth) {
          return ${n}(${fp(g,u)});
        }
      `}if(r.shapeInfo.isUniform)return`
      float ${n}(int row, int col, int depth) {
        int index = round(dot(vec3(row, col, depth),
                          vec3(${s}, ${a}, 1)));
        ${pp(r)}
      }
    `;let l=r.shapeInfo.texShape,p=l[0],m=l[1],f=r.shapeInfo.flatOffset;if(m===s&&f==null)return e?`
      float ${n}(int row, int col, int depth) {
        int stride1 = ${o}Shape[2];
        float texR = float(row);
        float texC = dot(vec2(col, depth), vec2(stride1, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${o}TexShape[1], ${o}TexShape[0]);
        return sampleTexture(${o}, uv);
      }
    `:`
        float ${n}(int row, int col, int depth) {
          float texR = float(row);
          float texC = dot(vec2(col, depth), vec2(${a}, 1));
          vec2 uv = (vec2(texC, texR) + halfCR) /
                     vec2(${m}.0, ${p}.0);
          return sampleTexture(${o}, uv);
        }
      `;if(m===a&&f==null)return e?`
      float ${n}(int row, int col, int depth) {
        float texR = dot(vec2(row, col), vec2(${o}Shape[1], 1));
        float texC = float(depth);
        vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${o}TexShape[1], ${o}TexShape[0]);
        return sampleTexture(${o}, uv);
      }
    `:`
    float ${n}(int row, int col, int depth) {
      float texR = dot(vec2(row, col), vec2(${t[1]}, 1));
      float texC = float(depth);
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${m}.0, ${p}.0);
      return sampleTexture(${o}, uv);
    }
  `;let d=Zu(o);return e?`
    float ${n}(int row, int col, int depth) {
      // Explicitly use integer operations as dot() only works on floats.
      int stride0 = ${o}Shape[1] * ${o}Shape[2];
      int stride1 = ${o}Shape[2];
      int index = row * stride0 + col * stride1 + depth + ${d};
      vec2 uv = uvFromFlat(${o}TexShape[0], ${o}TexShape[1], index);
      return sampleTexture(${o}, uv);
    }
    `:`
      float ${n}(int row, int col, int depth) {
        // Explicitly use integer operations as dot() only works on floats.
        int index = row * ${s} + col * ${a} + depth + ${d};
        vec2 uv = uvFromFlat(${p}, ${m}, index);
        return sampleTexture(${o}, uv);
      }
  `}function Nee(r,e){let t=r.name,o="get"+t.charAt(0).toUpperCase()+t.slice(1),n=kt();if(e)return`
    vec4 ${o}(int b2, int b, int row, int col) {
      int valuesPerRow = int(ceil(float(${t}Shape[3]) / 2.0));
      int texelsInBatch = valuesPerRow * int(ceil(float(${t}Shape[2]) / 2.0));
      int index = b * texelsInBatch + (row / 2) * valuesPerRow + (col / 2);
      texelsInBatch *= ${t}Shape[1];
      index = b2 * texelsInBatch + index;
      ivec2 packedTexShape = ivec2(ceil(float(${t}TexShape[0]) / 2.0), ceil(float(${t}TexShape[1]) / 2.0));
      int texR = index / packedTexShape[1];
      int texC = index - texR * packedTexShape[1];
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(packedTexShape[1], packedTexShape[0]); return ${n.texture2D}(${t}, uv);
    }
  `;let s=r.shapeInfo.logicalShape,a=s.length,c=r.shapeInfo.texShape,u=[Math.ceil(c[0]/2),Math.ceil(c[1]/2)],i=u[0],l=u[1],p=Math.ceil(s[a-1]/2),m=p*Math.ceil(s[a-2]/2),f="int b, int row, int col",d=`b * ${m} + (row / 2) * ${p} + (col / 2)`;for(let h=2;h<a-1;h++)f=`int b${h}, `+f,m*=s[a-h-1],d=`b${h} * ${m} + `+d;return`
    vec4 ${o}(${f}) {
      int index = ${d};
      int texR = index / ${l};
      int texC = index - texR * ${l};
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${l}, ${i});
      return ${n.texture2D}(${t}, uv);
    }
  `}function Eee(r,e){let t=r.shapeInfo.logicalShape,o=r.name,n="get"+o.charAt(0).toUpperCase()+o.slice(1),s=t[3],a=t[2]*s,c=t[1]*a,{newShape:u,keptDims:i}=b.squeezeShape(t);if(u.length<t.length){let y=mp(r,u),w=["row","col","depth","depth2"];return`
      ${lp(y,e)}
      float ${n}(int row, int col, int depth, int depth2) {
        return ${n}(${fp(w,i)});
      }
    `}if(r.shapeInfo.isUniform)return`
      float ${n}(int row, int col, int depth, int depth2) {
        int index = round(dot(vec4(row, col, depth, depth2),
                          vec4(${c}, ${a}, ${s}, 1)));
        ${pp(r)}
      }
    `;let l=r.shapeInfo.flatOffset,p=r.shapeInfo.texShape,m=p[0],f=p[1],d=`int stride2 = ${o}Shape[3];`,h=`int stride1 = ${o}Shape[2] * stride2;`,g=`int stride0 = ${o}Shape[1] * stride1;`;if(f===c&&l==null)return e?`
      float ${n}(int row, int col, int depth, int depth2) {
        ${d}
        ${h}
        float texR = float(row);
        float texC =
            dot(vec3(col, depth, depth2),
                vec3(stride1, stride2, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${o}TexShape[1], ${o}TexShape[0]);
        return sampleTexture(${o}, uv);
      }
    `:`
      float ${n}(int row, int col, int depth, int depth2) {
        float texR = float(row);
        float texC =
            dot(vec3(col, depth, depth2),
                vec3(${a}, ${s}, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${f}.0, ${m}.0);
        return sampleTexture(${o}, uv);
      }
    `;if(f===s&&l==null)return e?`
      float ${n}(int row, int col, int depth, int depth2) {
        float texR = dot(vec3(row, col, depth),
                         vec3(${o}Shape[1] * ${o}Shape[2], ${o}Shape[2], 1));
        float texC = float(depth2);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${o}TexShape[1], ${o}TexShape[0]);
        return sampleTexture(${o}, uv);
      }
    `:`
      float ${n}(int row, int col, int depth, int depth2) {
        float texR = dot(vec3(row, col, depth),
                         vec3(${t[1]*t[2]}, ${t[2]}, 1));
        float texC = float(depth2);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${f}.0, ${m}.0);
        return sampleTexture(${o}, uv);
      }
    `;let x=Zu(o);return e?`
    float ${n}(int row, int col, int depth, int depth2) {
      // Explicitly use integer operations as dot() only works on floats.
      ${d}
      ${h}
      ${g}
      int index = row * stride0 + col * stride1 +
          depth * stride2 + depth2;
      vec2 uv = uvFromFlat(${o}TexShape[0], ${o}TexShape[1], index + ${x});
      return sampleTexture(${o}, uv);
    }
  `:`
    float ${n}(int row, int col, int depth, int depth2) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${c} + col * ${a} +
          depth * ${s} + depth2;
      vec2 uv = uvFromFlat(${m}, ${f}, index + ${x});
      return sampleTexture(${o}, uv);
    }
  `}function $ee(r){let e=r.shapeInfo.logicalShape,t=r.name,o="get"+t.charAt(0).toUpperCase()+t.slice(1),n=e[4],s=e[3]*n,a=e[2]*s,c=e[1]*a,{newShape:u,keptDims:i}=b.squeezeShape(e);if(u.length<e.length){let h=mp(r,u),g=["row","col","depth","depth2","depth3"];return`
      ${lp(h)}
      float ${o}(int row, int col, int depth, int depth2, int depth3) {
        return ${o}(${fp(g,i)});
      }
    `}if(r.shapeInfo.isUniform)return`
      float ${o}(int row, int col, int depth, int depth2, int depth3) {
        float index = dot(
          vec4(row, col, depth, depth2),
          vec4(${c}, ${a}, ${s}, ${n})) +
          depth3;
        ${pp(r)}
      }
    `;let l=r.shapeInfo.flatOffset,p=r.shapeInfo.texShape,m=p[0],f=p[1];if(f===c&&l==null)return`
      float ${o}(int row, int col, int depth, int depth2, int depth3) {
        int texR = row;
        float texC = dot(vec4(col, depth, depth2, depth3),
                         vec4(${a}, ${s}, ${n}, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${f}.0, ${m}.0);
        return sampleTexture(${t}, uv);
      }
    `;if(f===n&&l==null)return`
      float ${o}(int row, int col, int depth, int depth2, int depth3) {
        float texR = dot(
          vec4(row, col, depth, depth2),
          vec4(${e[1]*e[2]*e[3]},
               ${e[2]*e[3]}, ${e[3]}, 1));
        int texC = depth3;
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${f}.0, ${m}.0);
        return sampleTexture(${t}, uv);
      }
    `;let d=Zu(t);return`
    float ${o}(int row, int col, int depth, int depth2, int depth3) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${c} + col * ${a} + depth * ${s} +
          depth2 * ${n} + depth3 + ${d};
      vec2 uv = uvFromFlat(${m}, ${f}, index);
      return sampleTexture(${t}, uv);
    }
  `}function Aee(r){let e=r.shapeInfo.logicalShape,t=r.name,o="get"+t.charAt(0).toUpperCase()+t.slice(1),{newShape:n,keptDims:s}=b.squeezeShape(e);if(n.length<e.length){let g=mp(r,n),x=["row","col","depth","depth2","depth3","depth4"];return`
      ${lp(g)}
      float ${o}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        return ${o}(${fp(x,s)});
      }
    `}let a=e[5],c=e[4]*a,u=e[3]*c,i=e[2]*u,l=e[1]*i;if(r.shapeInfo.isUniform)return`
      float ${o}(int row, int col, int depth,
                  int depth2, int depth3, int depth4) {
        int index = round(dot(
          vec4(row, col, depth, depth2),
          vec4(${l}, ${i}, ${u}, ${c})) +
          dot(
            vec2(depth3, depth4),
            vec2(${a}, 1)));
        ${pp(r)}
      }
    `;let p=r.shapeInfo.flatOffset,m=r.shapeInfo.texShape,f=m[0],d=m[1];if(d===l&&p==null)return`
      float ${o}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        int texR = row;
        float texC = dot(vec4(col, depth, depth2, depth3),
          vec4(${i}, ${u}, ${c}, ${a})) +
               float(depth4);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${d}.0, ${f}.0);
        return sampleTexture(${t}, uv);
      }
    `;if(d===a&&p==null)return`
      float ${o}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        float texR = dot(vec4(row, col, depth, depth2),
          vec4(${e[1]*e[2]*e[3]*e[4]},
               ${e[2]*e[3]*e[4]},
               ${e[3]*e[4]},
               ${e[4]})) + float(depth3);
        int texC = depth4;
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${d}.0, ${f}.0);
        return sampleTexture(${t}, uv);
      }
    `;let h=Zu(t);return`
    float ${o}(int row, int col, int depth,
                  int depth2, int depth3, int depth4) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${l} + col * ${i} + depth * ${u} +
          depth2 * ${c} + depth3 * ${a} + depth4 + ${h};
      vec2 uv = uvFromFlat(${f}, ${d}, index);
      return sampleTexture(${t}, uv);
    }
  `}function pp(r){let e=r.name,t=b.sizeFromShape(r.shapeInfo.logicalShape);return t<2?`return ${e};`:`
    for (int i = 0; i < ${t}; i++) {
      if (i == index) {
        return ${e}[i];
      }
    }
  `}function Ree(r,e){let t=r.name,o=t.charAt(0).toUpperCase()+t.slice(1),n="get"+o+"AtOutCoords",s=r.shapeInfo.logicalShape.length,a=e.logicalShape.length,c=wM(r.shapeInfo.logicalShape,e.logicalShape),u=$e(a),i=a-s,l,p=["x","y","z","w","u","v"];s===0?l="":a<2&&c.length>=1?l="coords = 0;":l=c.map(y=>`coords.${p[y+i]} = 0;`).join(`
`);let m="";a<2&&s>0?m="coords":m=r.shapeInfo.logicalShape.map((y,w)=>`coords.${p[w+i]}`).join(", ");let f="return outputValue;",h=b.sizeFromShape(r.shapeInfo.logicalShape)===1,x=b.sizeFromShape(e.logicalShape)===1;if(s===1&&!h&&!x)f=`
      return vec4(outputValue.xy, outputValue.xy);
    `;else if(h&&!x)a===1?f=`
        return vec4(outputValue.x, outputValue.x, 0., 0.);
      `:f=`
        return vec4(outputValue.x);
      `;else if(c.length){let y=s-2,w=s-1;c.indexOf(y)>-1&&c.indexOf(w)>-1?f="return vec4(outputValue.x);":c.indexOf(y)>-1?f="return vec4(outputValue.x, outputValue.y, outputValue.x, outputValue.y);":c.indexOf(w)>-1&&(f="return vec4(outputValue.xx, outputValue.zz);")}return`
    vec4 ${n}() {
      ${u} coords = getOutputCoords();
      ${l}
      vec4 outputValue = get${o}(${m});
      ${f}
    }
  `}function Dee(r,e){let t=r.name,o=t.charAt(0).toUpperCase()+t.slice(1),n="get"+o+"AtOutCoords",s=e.texShape,a=r.shapeInfo.texShape,c=r.shapeInfo.logicalShape.length,u=e.logicalShape.length;if(!r.shapeInfo.isUniform&&c===u&&r.shapeInfo.flatOffset==null&&b.arraysEqual(a,s))return`
      float ${n}() {
        return sampleTexture(${t}, resultUV);
      }
    `;let i=$e(u),l=wM(r.shapeInfo.logicalShape,e.logicalShape),p=u-c,m,f=["x","y","z","w","u","v"];c===0?m="":u<2&&l.length>=1?m="coords = 0;":m=l.map(h=>`coords.${f[h+p]} = 0;`).join(`
`);let d="";return u<2&&c>0?d="coords":d=r.shapeInfo.logicalShape.map((h,g)=>`coords.${f[g+p]}`).join(", "),`
    float ${n}() {
      ${i} coords = getOutputCoords();
      ${m}
      return get${o}(${d});
    }
  `}function $e(r){if(r<=1)return"int";if(r===2)return"ivec2";if(r===3)return"ivec3";if(r===4)return"ivec4";if(r===5)return"ivec5";if(r===6)return"ivec6";throw Error(`GPU for rank ${r} is not yet supported`)}function Qh(r,e,t){let{newShape:o,keptDims:n}=b.squeezeShape(e),s=e.length,a=r&&s===3&&e[0]===1,c=a?e.slice(1):o,u=!r&&s>1&&!b.arraysEqual(e,t)&&o.length<s||a;return{useSqueezeShape:u,uniformShape:u?c:e,keptDims:n}}function mp(r,e){let t=JSON.parse(JSON.stringify(r));return t.shapeInfo.logicalShape=e,t}function fp(r,e){return e.map(t=>r[t]).join(", ")}function kM(r,e,t,o){let n=t.map((l,p)=>{let m={logicalShape:l.shape,texShape:l.isUniform?null:l.texData.texShape,isUniform:l.isUniform,isPacked:l.isUniform?!1:l.texData.isPacked,flatOffset:null};return l.texData!=null&&l.texData.slice!=null&&l.texData.slice.flatOffset>0&&(m.flatOffset=l.texData.slice.flatOffset),{name:e.variableNames[p],shapeInfo:m}}),s=n.map(l=>l.shapeInfo),a={logicalShape:o.shape,texShape:o.texData.texShape,isUniform:!1,isPacked:o.texData.isPacked,flatOffset:null},c=vM(n,a,e),u=tM(r.gl,c),i=r.createProgram(u);return P().get("ENGINE_COMPILE_ONLY")?{program:e,fragmentShader:u,source:c,webGLProgram:i,inShapeInfos:s,outShapeInfo:a,variablesLocations:null,customUniformLocations:null,infLoc:null,nanLoc:null,outShapeLocation:null,outShapeStridesLocation:null,outTexShapeLocation:null}:(r.buildVao(i),Object.assign({program:e,fragmentShader:u,source:c,webGLProgram:i,inShapeInfos:s,outShapeInfo:a},$0(r,e,i)))}function $0(r,e,t){let o=[],n=[],s,a,c,u=null,i=null;i=r.getUniformLocation(t,"NAN",!1),P().getNumber("WEBGL_VERSION")===1&&(u=r.getUniformLocation(t,"INFINITY",!1));let l=!1;for(let p of e.variableNames){let m={name:p,uniform:r.getUniformLocation(t,p,l),offset:r.getUniformLocation(t,`offset${p}`,l)};e.enableShapeUniforms&&(m.shape=r.getUniformLocation(t,`${p}Shape`,l),m.texShape=r.getUniformLocation(t,`${p}TexShape`,l)),o.push(m)}if(e.enableShapeUniforms&&(s=r.getUniformLocation(t,"outShape",l),c=r.getUniformLocation(t,"outShapeStrides",l),a=r.getUniformLocation(t,"outTexShape",l)),e.customUniforms)for(let p of e.customUniforms)n.push(r.getUniformLocation(t,p.name,l));return{variablesLocations:o,customUniformLocations:n,infLoc:u,nanLoc:i,outShapeLocation:s,outShapeStridesLocation:c,outTexShapeLocation:a}}function SM(r,e){if(r.length!==e.length)throw Error(`Binary was compiled with ${r.length} inputs, but was executed with ${e.length} inputs`);r.forEach((t,o)=>{let n=t.logicalShape,s=e[o],a=s.shape;if(!b.arraysEqual(n,a))throw Error(`Binary was compiled with different shapes than the current args. Shapes ${n} and ${a} must match`);if(t.isUniform&&s.isUniform)return;let c=t.texShape,u=s.isUniform?null:s.texData.texShape;if(!b.arraysEqual(c,u))throw Error(`Binary was compiled with different texture shapes than the current args. Shape ${c} and ${u} must match`)})}function _M(r,e,t,o,n){e.program.enableShapeUniforms||(SM(e.inShapeInfos,t),SM([e.outShapeInfo],[o]));let s=o.texData.texture,a=o.texData.texShape;o.texData.isPacked?r.setOutputPackedMatrixTexture(s.texture,a[0],a[1]):r.setOutputMatrixTexture(s.texture,a[0],a[1]),r.setProgram(e.webGLProgram),r.bindVertexArray(e.webGLProgram.vao),P().getNumber("WEBGL_VERSION")===1&&e.infLoc!==null&&r.gl.uniform1f(e.infLoc,1/0),e.nanLoc!==null&&r.gl.uniform1f(e.nanLoc,NaN);for(let u=0;u<t.length;++u){let i=t[u],{uniform:l,offset:p,shape:m,texShape:f}=e.variablesLocations[u];if(m){let{uniformShape:d}=Qh(e.program.packedInputs,i.shape,i.texData.texShape);switch(d.length){case 1:r.gl.uniform1iv(m,new Int32Array(d));break;case 2:r.gl.uniform2iv(m,new Int32Array(d));break;case 3:r.gl.uniform3iv(m,new Int32Array(d));break;case 4:r.gl.uniform4iv(m,new Int32Array(d));break;default:break}}if(f&&r.gl.uniform2i(f,i.texData.texShape[0],i.texData.texShape[1]),l!=null){if(i.isUniform){if(b.sizeFromShape(i.shape)<2)r.gl.uniform1f(l,i.uniformValues[0]);else{let d=i.uniformValues;d instanceof Float32Array||(d=new Float32Array(d)),r.gl.uniform1fv(l,d)}continue}i.texData.slice!=null&&p!=null&&r.gl.uniform1i(p,i.texData.slice.flatOffset),r.setInputMatrixTexture(i.texData.texture.texture,l,u)}}let c=e.outShapeLocation;if(c)switch(o.shape.length){case 1:r.gl.uniform1iv(c,new Int32Array(o.shape));break;case 2:r.gl.uniform2iv(c,new Int32Array(o.shape));break;case 3:r.gl.uniform3iv(c,new Int32Array(o.shape));break;case 4:r.gl.uniform4iv(c,new Int32Array(o.shape));break;default:break}if(e.outShapeStridesLocation){let u=b.computeStrides(o.shape);switch(o.shape.length){case 2:r.gl.uniform1iv(e.outShapeStridesLocation,new Int32Array(u));break;case 3:r.gl.uniform2iv(e.outShapeStridesLocation,new Int32Array(u));break;case 4:r.gl.uniform3iv(e.outShapeStridesLocation,new Int32Array(u));break;default:break}}if(e.outTexShapeLocation&&r.gl.uniform2i(e.outTexShapeLocation,o.texData.texShape[0],o.texData.texShape[1]),e.program.customUniforms&&n)for(let u=0;u<e.program.customUniforms.length;++u){let i=e.program.customUniforms[u],l=e.customUniformLocations[u],p=n[u];if(i.type==="float")r.gl.uniform1fv(l,p);else if(i.type==="vec2")r.gl.uniform2fv(l,p);else if(i.type==="vec3")r.gl.uniform3fv(l,p);else if(i.type==="vec4")r.gl.uniform4fv(l,p);else if(i.type==="int")r.gl.uniform1iv(l,p);else if(i.type==="ivec2")r.gl.uniform2iv(l,p);else if(i.type==="ivec3")r.gl.uniform3iv(l,p);else if(i.type==="ivec4")r.gl.uniform4iv(l,p);else throw Error(`uniform type ${i.type} is not supported yet.`)}r.executeProgram()}function TM(r,e,t){let o="";e.concat(t).forEach(a=>{let c=a.texData!=null&&a.texData.slice!=null&&a.texData.slice.flatOffset>0;if(r.enableShapeUniforms&&!a.isUniform){let u=a.texData.texShape,{useSqueezeShape:i,uniformShape:l,keptDims:p}=Qh(r.packedInputs,a.shape,u),m="",f="",d="";if(l.length===1&&r.packedInputs){let T=[Math.ceil(u[0]/2),Math.ceil(u[1]/2)];m=`${T[0]>1}_${T[1]>1}`}else if(l.length===2&&!r.packedInputs)f=`${l[0]>1}_${l[1]>1}`;else if(l.length>2&&!r.packedInputs){let T=b.computeStrides(l);d=`${T[0]===u[1]}_${T[T.length-1]===u[1]}`}let h=a.shape.length,g=l.length===2&&b.arraysEqual(a.shape,u),x=b.sizeFromShape(a.shape)===1,y=S.getBroadcastDims(a.shape,t.shape),w=!r.packedInputs&&h===t.shape.length&&b.arraysEqual(u,t.texData.texShape),C=r.packedInputs||l.length>2?"":`${u[0]>1}_${u[1]>1}`;o+=`${h}_${w}_${i?p:""}_${l.length}_${x}_${y}_${g}_${m}_${f}_${d}_${C}_${c}`}else{let u=a.isUniform?"uniform":a.texData.texShape;o+=`${a.shape}_${u}_${c}`}});let n=r.userCode,s=r.constructor.name;return s+="_"+o+"_"+n+`${P().getNumber("WEBGL_VERSION")}`,s}function lt(r){return P().getBool("WEBGL_USE_SHAPES_UNIFORMS")&&r<=4}var eg=class{constructor(e){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.outPackingScheme=kc.DENSE,this.customUniforms=[{name:"texShape",type:"ivec2"}];let t=kt();this.outputShape=e,this.enableShapeUniforms=lt(this.outputShape.length),this.userCode=`
      ivec3 outCoordsFromFlatIndex(int index) {
        ${this.enableShapeUniforms?Ju(["r","c","d"],e):nn(["r","c","d"],e)}
        return ivec3(r, c, d);
      }

      void main() {
        ivec2 resTexRC = ivec2(resultUV.yx * vec2(texShape[0], texShape[1]));
        int index = 4 * (resTexRC.x * texShape[1] + resTexRC.y);

        vec4 result = vec4(0.);

        for (int i=0; i<4; i++) {
          int flatIndex = index + i;
          ivec3 rc = outCoordsFromFlatIndex(flatIndex);
          result[i] = getA(rc.x, rc.y, rc.z);
        }

        ${t.output} = result;
      }
    `}};var tg=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outPackingScheme=kc.DENSE,this.customUniforms=[{name:"texShape",type:"ivec2"}];let t=kt();this.outputShape=e,this.enableShapeUniforms=lt(this.outputShape.length),this.userCode=`
      ivec3 outCoordsFromFlatIndex(int index) {
        ${this.enableShapeUniforms?Ju(["r","c","d"],e):nn(["r","c","d"],e)}
        return ivec3(r, c, d);
      }

      void main() {
        ivec2 resTexRC = ivec2(resultUV.yx * vec2(texShape[0], texShape[1]));
        int index = 4 * (resTexRC.x * texShape[1] + resTexRC.y);

        vec4 result = vec4(0.);

        for (int i=0; i<4; i++) {
          int flatIndex = index + i;
          ivec3 rc = outCoordsFromFlatIndex(flatIndex);
          result[i] = getChannel(getA(rc.x, rc.y, rc.z), vec2(rc.y, rc.z));
        }

        ${t.output} = result;
      }
    `}};var rg=class{constructor(e){this.variableNames=["A"],this.outTexUsage=wr.DOWNLOAD;let t=kt();this.outputShape=e,this.userCode=`
      ${Zh}

      void main() {
        float x = getAAtOutCoords();
        ${t.output} = encode_float(x);
      }
    `}};var og=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!1,this.outTexUsage=wr.DOWNLOAD;let t=kt();this.outputShape=e,this.userCode=`
      ${Zh}

      void main() {
        ivec3 coords = getOutputCoords();
        float x = getChannel(getAAtOutCoords(), vec2(coords.y, coords.z));
        ${t.output} = encode_float(x);
      }
    `}};var Pee={R:0,G:1,B:2,A:3},Wm=class{constructor(e,t=!1,o="RGBA"){this.variableNames=["A"],this.customUniforms=[{name:"texShape",type:"ivec2"}];let n=kt();this.outputShape=e,this.enableShapeUniforms=lt(this.outputShape.length);let s="result";t&&(s="floor(result * 255. + 0.5)");let a="";for(let c=0;c<o.length;c++){let u=o[c];a+=`
          if(offset == ${c}) {
            result = values[${Pee[u]}];
          }`}this.userCode=`
      ${this.enableShapeUniforms?cp():ip(e)}

      void main() {
        ivec3 coords = getOutputCoords();
        int flatIndex = getFlatIndex(coords);
        float result = 0.;
        int offset = imod(flatIndex, ${o.length});

        flatIndex = idiv(flatIndex, ${o.length}, 1.);

        int r = flatIndex / texShape[1];
        if (r < texShape[0]) {
          int c = imod(flatIndex, texShape[1]);
          vec2 uv = (vec2(c, r) + halfCR) / vec2(texShape[1], texShape[0]);
          vec4 values = ${n.texture2D}(A, uv);
          ${a}
        }
        ${n.output} = vec4(${s}, 0., 0., 0.);
      }
    `}};var ng=class{constructor(e,t=!1){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.customUniforms=[{name:"texShape",type:"ivec2"}];let o=kt();this.outputShape=e,this.enableShapeUniforms=lt(this.outputShape.length);let n="",s="result";t&&(s="floor(result * 255. + 0.5)");for(let a=0;a<=1;a++)for(let c=0;c<=1;c++){let u=a*2+c;n+=`
          localCoords = coords;
          if(localCoords[2] + ${c} < ${this.enableShapeUniforms?"outShape[2]":`${e[2]}`}) {
          localCoords[2] += ${c};
          if (localCoords[1] + ${a} < ${this.enableShapeUniforms?"outShape[1]":`${e[1]}`}) {
            localCoords[1] += ${a};

            flatIndex = getFlatIndex(localCoords);
            offset = imod(flatIndex, 4);

            flatIndex = idiv(flatIndex, 4, 1.);

            int r = flatIndex / texShape[1];
            int c = imod(flatIndex, texShape[1]);
            vec2 uv = (vec2(c, r) + halfCR) / vec2(texShape[1], texShape[0]);
            values = ${o.texture2D}(A, uv);

            if (offset == 0) {
              result[${u}] = values[0];
            } else if (offset == 1) {
              result[${u}] = values[1];
            } else if (offset == 2) {
              result[${u}] = values[2];
            } else {
              result[${u}] = values[3];
            }
          }
        }
        `}this.userCode=`
        ${this.enableShapeUniforms?cp():ip(e)}

        void main() {
          ivec3 coords = getOutputCoords();

          vec4 result = vec4(0.);
          int flatIndex, r, c, offset;
          ivec3 localCoords;
          vec2 uv;
          vec4 values;

          ${n}

          ${o.output} = ${s};
        }
    `}};v();v();function NM(r){let e=kt(),t=`${e.version}
    precision highp float;
    ${e.attribute} vec3 clipSpacePos;
    ${e.attribute} vec2 uv;
    ${e.varyingVs} vec2 resultUV;

    void main() {
      gl_Position = vec4(clipSpacePos, 1);
      resultUV = uv;
    }`;return eM(r,t)}function EM(r){let e=new Float32Array([-1,1,0,0,1,-1,-1,0,0,0,1,1,0,1,1,1,-1,0,1,0]);return nM(r,e)}function $M(r){let e=new Uint16Array([0,1,2,2,1,3]);return sM(r,e)}function Vm(r,e,t,o,n,s){iM(e,t);let a=aM(r),c=r.TEXTURE_2D;return de(r,()=>r.bindTexture(c,a)),de(r,()=>r.texParameteri(c,r.TEXTURE_WRAP_S,r.CLAMP_TO_EDGE)),de(r,()=>r.texParameteri(c,r.TEXTURE_WRAP_T,r.CLAMP_TO_EDGE)),de(r,()=>r.texParameteri(c,r.TEXTURE_MIN_FILTER,r.NEAREST)),de(r,()=>r.texParameteri(c,r.TEXTURE_MAG_FILTER,r.NEAREST)),P().getNumber("WEBGL_VERSION")===1?de(r,()=>r.texImage2D(c,0,o,e,t,0,n,s,null)):de(r,()=>r.texStorage2D(c,1,o,e,t)),de(r,()=>r.bindTexture(r.TEXTURE_2D,null)),{texture:a,texShape:[t,e]}}function A0(r){return r.internalFormatFloat}function AM(r,e,t,o){let[n,s]=Xu(e,t);return Vm(r,n,s,A0(o),o.textureFormatFloat,r.FLOAT)}function R0(r){return r.internalFormatHalfFloat}function RM(r,e,t,o){let[n,s]=Xu(e,t);return Vm(r,n,s,R0(o),o.textureFormatFloat,o.textureTypeHalfFloat)}function D0(r){return r.downloadTextureFormat}function DM(r,e,t,o){let[n,s]=Xu(e,t);return Vm(r,n,s,D0(o),r.RGBA,r.UNSIGNED_BYTE)}function F0(r){return r.internalFormatPackedFloat}function FM(r,e,t,o){let[n,s]=ua(e,t);return Vm(r,n,s,F0(o),r.RGBA,r.FLOAT)}function M0(r){return r.internalFormatPackedHalfFloat}function MM(r,e,t,o){let[n,s]=ua(e,t);return Vm(r,n,s,M0(o),r.RGBA,o.textureTypeHalfFloat)}function PM(r,e,t){return de(r,()=>r.bindBuffer(r.ARRAY_BUFFER,t)),T0(r,e,"clipSpacePos",t,3,20,0)&&T0(r,e,"uv",t,2,20,12)}function OM(r,e,t,o,n,s){de(r,()=>r.bindTexture(r.TEXTURE_2D,e));let a,c,u;n instanceof Uint8Array?(a=new Uint8Array(t*o*4),c=r.UNSIGNED_BYTE,u=r.RGBA):(a=new Float32Array(t*o*4),c=r.FLOAT,u=s.internalFormatPackedFloat),a.set(n),P().getNumber("WEBGL_VERSION")===2?de(r,()=>r.texSubImage2D(r.TEXTURE_2D,0,0,0,t,o,r.RGBA,c,a)):de(r,()=>r.texImage2D(r.TEXTURE_2D,0,u,t,o,0,r.RGBA,c,a)),de(r,()=>r.bindTexture(r.TEXTURE_2D,null))}function BM(r,e,t){de(r,()=>r.bindTexture(r.TEXTURE_2D,e)),t.data instanceof Uint8Array?P().getNumber("WEBGL_VERSION")===2?de(r,()=>r.texSubImage2D(r.TEXTURE_2D,0,0,0,t.width,t.height,r.RGBA,r.UNSIGNED_BYTE,t.data)):de(r,()=>r.texImage2D(r.TEXTURE_2D,0,r.RGBA,t.width,t.height,0,r.RGBA,r.UNSIGNED_BYTE,t.data)):P().getNumber("WEBGL_VERSION")===2?de(r,()=>r.texSubImage2D(r.TEXTURE_2D,0,0,0,r.RGBA,r.UNSIGNED_BYTE,t)):de(r,()=>r.texImage2D(r.TEXTURE_2D,0,r.RGBA,r.RGBA,r.UNSIGNED_BYTE,t)),de(r,()=>r.bindTexture(r.TEXTURE_2D,null))}function LM(r,e,t,o){let n=r.createBuffer();de(r,()=>r.bindBuffer(r.PIXEL_PACK_BUFFER,n));let c=4*4*e*t;return de(r,()=>r.bufferData(r.PIXEL_PACK_BUFFER,c,r.STREAM_READ)),de(r,()=>r.readPixels(0,0,t,e,r.RGBA,r.FLOAT,0)),de(r,()=>r.bindBuffer(r.PIXEL_PACK_BUFFER,null)),n}function WM(r,e,t){let o=r,n=new Float32Array(t);return o.bindBuffer(o.PIXEL_PACK_BUFFER,e),o.getBufferSubData(o.PIXEL_PACK_BUFFER,0,n),o.bindBuffer(o.PIXEL_PACK_BUFFER,null),n}function VM(r,e,t,o){let[n,s]=Xu(e,t),a=4,c=new Uint8Array(JF(e*t,a));return de(r,()=>r.readPixels(0,0,n,s,o.downloadTextureFormat,r.UNSIGNED_BYTE,c)),new Float32Array(c.buffer)}function GM(r,e,t,o,n,s,a,c){let u=r,i=new Float32Array(ZF(s,a));return u.bindBuffer(u.PIXEL_PACK_BUFFER,e),u.getBufferSubData(u.PIXEL_PACK_BUFFER,0,i),u.bindBuffer(u.PIXEL_PACK_BUFFER,null),i}function UM(r,e,t){let o=new Float32Array(e*t*4);return de(r,()=>r.readPixels(0,0,t,e,r.RGBA,r.FLOAT,o)),o}var dp=class{constructor(e){this.outputTexture=null,this.program=null,this.disposed=!1,this.itemsToPoll=[];let t=P().getNumber("WEBGL_VERSION");if(e!=null?(this.gl=e,YF(t,e)):this.gl=Zr(t),e=this.gl,P().getNumber("WEBGL_VERSION")===2){let s=e;this.createVertexArray=()=>de(s,()=>s.createVertexArray()),this.bindVertexArray=a=>de(s,()=>s.bindVertexArray(a)),this.deleteVertexArray=a=>de(s,()=>s.deleteVertexArray(a)),this.getVertexArray=()=>de(s,()=>s.getParameter(s.VERTEX_ARRAY_BINDING))}else if(e!=null){let s=e.getExtension("OES_vertex_array_object");if(s==null)throw new Error("All WebGL1 implementations are expected to offer OES_vertex_array_object.");this.createVertexArray=()=>de(e,()=>s.createVertexArrayOES()),this.bindVertexArray=a=>de(e,()=>s.bindVertexArrayOES(a)),this.deleteVertexArray=a=>de(e,()=>s.deleteVertexArrayOES(a)),this.getVertexArray=()=>de(e,()=>e.getParameter(s.VERTEX_ARRAY_BINDING_OES))}let o="WEBGL_color_buffer_float",n="EXT_color_buffer_half_float";if(this.parallelCompilationExtension=this.gl.getExtension("KHR_parallel_shader_compile"),P().getNumber("WEBGL_VERSION")===1){let s="OES_texture_float",a="OES_texture_half_float";if(this.textureFloatExtension=Om(this.gl,s),fo(this.gl,a))this.textureHalfFloatExtension=Om(this.gl,a);else if(P().get("WEBGL_FORCE_F16_TEXTURES"))throw new Error("GL context does not support half float textures, yet the environment flag WEBGL_FORCE_F16_TEXTURES is set to true.");if(this.colorBufferFloatExtension=this.gl.getExtension(o),fo(this.gl,n))this.colorBufferHalfFloatExtension=Om(this.gl,n);else if(P().get("WEBGL_FORCE_F16_TEXTURES"))throw new Error("GL context does not support color renderable half floats, yet the environment flag WEBGL_FORCE_F16_TEXTURES is set to true.")}else if(o="EXT_color_buffer_float",fo(this.gl,o))this.colorBufferFloatExtension=this.gl.getExtension(o);else if(fo(this.gl,n))this.colorBufferHalfFloatExtension=this.gl.getExtension(n);else throw new Error("GL context does not support color renderable floats");this.vertexBuffer=EM(this.gl),this.indexBuffer=$M(this.gl),this.framebuffer=cM(this.gl),this.textureConfig=Pm(this.gl,this.textureHalfFloatExtension)}get debug(){return P().getBool("DEBUG")}dispose(){if(this.disposed)return;this.program!=null&&console.warn("Disposing a GPGPUContext that still has a bound WebGLProgram. This is probably a resource leak, delete the program with GPGPUContext.deleteProgram before disposing."),this.outputTexture!=null&&console.warn("Disposing a GPGPUContext that still has a bound output matrix texture.  This is probably a resource leak, delete the output matrix texture with GPGPUContext.deleteMatrixTexture before disposing.");let e=this.gl;de(e,()=>e.finish()),de(e,()=>e.bindFramebuffer(e.FRAMEBUFFER,null)),de(e,()=>e.deleteFramebuffer(this.framebuffer)),de(e,()=>e.bindBuffer(e.ARRAY_BUFFER,null)),de(e,()=>e.bindBuffer(e.ELEMENT_ARRAY_BUFFER,null)),de(e,()=>e.deleteBuffer(this.indexBuffer)),this.disposed=!0}createFloat32MatrixTexture(e,t){return this.throwIfDisposed(),AM(this.gl,e,t,this.textureConfig)}createFloat16MatrixTexture(e,t){return this.throwIfDisposed(),RM(this.gl,e,t,this.textureConfig)}createUnsignedBytesMatrixTexture(e,t){return this.throwIfDisposed(),DM(this.gl,e,t,this.textureConfig)}uploadPixelDataToTexture(e,t){this.throwIfDisposed(),BM(this.gl,e,t)}uploadDenseMatrixToTexture(e,t,o,n){this.throwIfDisposed(),OM(this.gl,e,t,o,n,this.textureConfig)}createFloat16PackedMatrixTexture(e,t){return this.throwIfDisposed(),MM(this.gl,e,t,this.textureConfig)}createPackedMatrixTexture(e,t){return this.throwIfDisposed(),FM(this.gl,e,t,this.textureConfig)}deleteMatrixTexture(e){this.throwIfDisposed(),this.outputTexture===e&&(N0(this.gl,this.framebuffer),this.outputTexture=null),de(this.gl,()=>this.gl.deleteTexture(e))}downloadByteEncodedFloatMatrixFromOutputTexture(e,t,o){return this.downloadMatrixDriver(e,()=>VM(this.gl,t,o,this.textureConfig))}downloadPackedMatrixFromBuffer(e,t,o,n,s,a){return GM(this.gl,e,t,o,n,s,a,this.textureConfig)}downloadFloat32MatrixFromBuffer(e,t){return WM(this.gl,e,t)}createBufferFromTexture(e,t,o){this.bindTextureToFrameBuffer(e);let n=LM(this.gl,t,o,this.textureConfig);return this.unbindTextureToFrameBuffer(),n}createAndWaitForFence(){let e=this.createFence(this.gl);return this.pollFence(e)}createFence(e){let t,o;if(P().getBool("WEBGL_FENCE_API_ENABLED")){let n=e,s=n.fenceSync(n.SYNC_GPU_COMMANDS_COMPLETE,0);e.flush(),o=()=>{let a=n.clientWaitSync(s,0,0);return a===n.ALREADY_SIGNALED||a===n.CONDITION_SATISFIED},t=s}else P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")>0?(t=this.beginQuery(),this.endQuery(),o=()=>this.isQueryAvailable(t,P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))):o=()=>!0;return{query:t,isFencePassed:o}}downloadMatrixFromPackedTexture(e,t,o){return this.downloadMatrixDriver(e,()=>UM(this.gl,t,o))}createProgram(e){this.throwIfDisposed();let t=this.gl;this.vertexShader==null&&(this.vertexShader=NM(t));let o=rM(t);de(t,()=>t.attachShader(o,this.vertexShader)),de(t,()=>t.attachShader(o,e)),oM(t,o);let n=Object.assign(o,{vao:this.createVertexArray()});return this.debug&&Xh(t,n),n}buildVao(e){this.setProgram(e),this.bindVertexArray(e.vao);let t=this.gl;de(t,()=>t.bindBuffer(t.ELEMENT_ARRAY_BUFFER,this.indexBuffer)),PM(t,e,this.vertexBuffer)}deleteProgram(e){this.throwIfDisposed(),e===this.program&&(this.program=null),e!=null&&(de(this.gl,()=>this.gl.deleteProgram(e)),this.deleteVertexArray(e.vao))}setProgram(e){this.throwIfDisposed(),this.program=e,this.program!=null&&this.debug&&Xh(this.gl,this.program),de(this.gl,()=>this.gl.useProgram(e))}getUniformLocation(e,t,o=!0){return this.throwIfDisposed(),o?uM(this.gl,e,t):lM(this.gl,e,t)}getAttributeLocation(e,t){return this.throwIfDisposed(),de(this.gl,()=>this.gl.getAttribLocation(e,t))}getUniformLocationNoThrow(e,t){return this.throwIfDisposed(),this.gl.getUniformLocation(e,t)}setInputMatrixTexture(e,t,o){this.throwIfDisposed(),this.throwIfNoProgram(),pM(this.gl,e,t,o)}setOutputMatrixTexture(e,t,o){this.setOutputMatrixTextureDriver(e,o,t)}setOutputPackedMatrixTexture(e,t,o){this.throwIfDisposed();let[n,s]=ua(t,o);this.setOutputMatrixTextureDriver(e,n,s)}setOutputMatrixWriteRegion(e,t,o,n){this.setOutputMatrixWriteRegionDriver(o,e,n,t)}setOutputPackedMatrixWriteRegion(e,t,o,n){throw new Error("setOutputPackedMatrixWriteRegion not implemented.")}debugValidate(){this.program!=null&&Xh(this.gl,this.program),Bm(this.gl)}executeProgram(){this.throwIfDisposed(),this.throwIfNoProgram();let e=this.gl;if(this.debug){let t=this.getVertexArray();console.assert(t===this.program.vao,"VAO changed between setProgram and executeProgram!"),this.debugValidate()}de(e,()=>e.drawElements(e.TRIANGLES,6,e.UNSIGNED_SHORT,0))}blockUntilAllProgramsCompleted(){this.throwIfDisposed(),de(this.gl,()=>this.gl.finish())}getQueryTimerExtension(){return this.disjointQueryTimerExtension==null&&(this.disjointQueryTimerExtension=Om(this.gl,P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2?"EXT_disjoint_timer_query_webgl2":"EXT_disjoint_timer_query")),this.disjointQueryTimerExtension}getQueryTimerExtensionWebGL2(){return this.getQueryTimerExtension()}getQueryTimerExtensionWebGL1(){return this.getQueryTimerExtension()}beginQuery(){if(P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2){let o=this.gl,n=this.getQueryTimerExtensionWebGL2(),s=o.createQuery();return o.beginQuery(n.TIME_ELAPSED_EXT,s),s}let e=this.getQueryTimerExtensionWebGL1(),t=e.createQueryEXT();return e.beginQueryEXT(e.TIME_ELAPSED_EXT,t),t}endQuery(){if(P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2){let t=this.gl,o=this.getQueryTimerExtensionWebGL2();t.endQuery(o.TIME_ELAPSED_EXT);return}let e=this.getQueryTimerExtensionWebGL1();e.endQueryEXT(e.TIME_ELAPSED_EXT)}async waitForQueryAndGetTime(e){return await b.repeatedTry(()=>this.disposed||this.isQueryAvailable(e,P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))),this.getQueryTime(e,P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))}getQueryTime(e,t){if(t===0)return null;if(t===2){let o=this.gl;return o.getQueryParameter(e,o.QUERY_RESULT)/1e6}else{let o=this.getQueryTimerExtensionWebGL1();return o.getQueryObjectEXT(e,o.QUERY_RESULT_EXT)/1e6}}isQueryAvailable(e,t){if(t===0)return!0;if(t===2){let o=this.gl,n=this.getQueryTimerExtensionWebGL2(),s=o.getQueryParameter(e,o.QUERY_RESULT_AVAILABLE);return this.disjoint==null&&(this.disjoint=this.gl.getParameter(n.GPU_DISJOINT_EXT)),s&&!this.disjoint}else{let o=this.getQueryTimerExtensionWebGL1(),n=o.getQueryObjectEXT(e,o.QUERY_RESULT_AVAILABLE_EXT);return this.disjoint==null&&(this.disjoint=this.gl.getParameter(o.GPU_DISJOINT_EXT)),n&&!this.disjoint}}pollFence(e){return new Promise(t=>{this.addItemToPoll(()=>e.isFencePassed(),()=>t())})}pollItems(){let e=Bee(this.itemsToPoll.map(t=>t.isDoneFn));for(let t=0;t<=e;++t){let{resolveFn:o}=this.itemsToPoll[t];o()}this.itemsToPoll=this.itemsToPoll.slice(e+1)}addItemToPoll(e,t){if(this.itemsToPoll.push({isDoneFn:e,resolveFn:t}),this.itemsToPoll.length>1)return;let o;"setTimeoutCustom"in P().platform&&(o=P().platform.setTimeoutCustom.bind(P().platform)),b.repeatedTry(()=>(this.pollItems(),this.itemsToPoll.length===0),()=>0,null,o)}bindTextureToFrameBuffer(e){this.throwIfDisposed(),Yh(this.gl,e,this.framebuffer),this.debug&&Bm(this.gl)}unbindTextureToFrameBuffer(){this.outputTexture!=null?(Yh(this.gl,this.outputTexture,this.framebuffer),this.debug&&Bm(this.gl)):N0(this.gl,this.framebuffer)}downloadMatrixDriver(e,t){this.bindTextureToFrameBuffer(e);let o=t();return this.unbindTextureToFrameBuffer(),o}setOutputMatrixTextureDriver(e,t,o){this.throwIfDisposed();let n=this.gl;Yh(n,e,this.framebuffer),this.debug&&Bm(n),this.outputTexture=e,de(n,()=>n.viewport(0,0,t,o)),de(n,()=>n.scissor(0,0,t,o))}setOutputMatrixWriteRegionDriver(e,t,o,n){this.throwIfDisposed(),de(this.gl,()=>this.gl.scissor(e,t,o,n))}throwIfDisposed(){if(this.disposed)throw new Error("Attempted to use disposed GPGPUContext.")}throwIfNoProgram(){if(this.program==null)throw new Error("No GPU program is currently set.")}};function Bee(r){let e=0;for(;e<r.length&&r[e]();++e);return e-1}Ri();var{addImpl:zM,bincountImpl:sg,bincountReduceImpl:HM,bitwiseAndImpl:qM,castImpl:KM,ceilImpl:jM,concatImpl:XM,equalImpl:YM,expImpl:JM,expm1Impl:ZM,floorImpl:QM,gatherNdImpl:eP,gatherV2Impl:tP,greaterImpl:rP,greaterEqualImpl:oP,lessImpl:nP,lessEqualImpl:sP,linSpaceImpl:aP,logImpl:iP,maxImpl:cP,maximumImpl:uP,minimumImpl:lP,multiplyImpl:pP,negImpl:mP,notEqualImpl:fP,prodImpl:dP,raggedGatherImpl:hP,raggedRangeImpl:gP,raggedTensorToTensorImpl:xP,rangeImpl:bP,rsqrtImpl:yP,scatterImpl:wP,sigmoidImpl:vP,simpleAbsImpl:ag,sliceImpl:IP,sparseFillEmptyRowsImpl:CP,sparseReshapeImpl:SP,sparseSegmentReductionImpl:ig,sqrtImpl:kP,staticRegexReplaceImpl:_P,stridedSliceImpl:TP,stringNGramsImpl:NP,stringSplitImpl:EP,stringToHashBucketFastImpl:$P,subImpl:AP,tileImpl:RP,topKImpl:DP,transposeImpl:Qu,uniqueImpl:FP}=u0;function P0(r,e){return["x","y","z","w","u","v"].slice(0,e).map(t=>`${r}.${t}`)}function Rt(r,e){return e===1?[r]:P0(r,e)}function MP(r,e){if(r===1)return"rc";let t="";for(let o=0;o<r;o++)t+=e[o],o<r-1&&(t+=",");return t}var cg=class{constructor(e){if(this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.outputShape=e,this.rank=e.length,this.enableShapeUniforms=lt(this.outputShape.length),this.rank===0)this.userCode=`
        void main() {
          setOutput(vec4(getA(), 0., 0., 0.));
        }
      `;else{let t=Rt("rc",this.rank),o=$e(this.rank),n=this.getOutOfBoundsCondition(t),s=this.getSetup(t),a=this.getOutput(t);this.userCode=`
        void main() {
          ${o} rc = getOutputCoords();

          if(${n}) {
            setOutput(vec4(0));
          } else {
            ${s}

            setOutput(vec4(${a}));
          }
        }
      `}}getSourceCoordsArr(e){let t=[];for(let o=0;o<=1;o++)for(let n=0;n<=1;n++){let s=`${o===0?"r":"rp1"}, ${n===0?"c":"cp1"}`;for(let a=2;a<this.rank;a++)s=`${e[e.length-1-a]},`+s;t.push(s)}return t}getOutOfBoundsCondition(e){if(this.rank===1)return`rc > ${this.enableShapeUniforms?"outShape":this.outputShape[0]}`;let t="";for(let o=this.rank-2;o<this.rank;o++)t+=`${e[o]} >= ${this.enableShapeUniforms?`outShape[${o}]`:this.outputShape[o]}`,o<this.rank-1&&(t+="||");return t}getSetup(e){if(this.rank===1)return"";let t=e.slice(-2),o=this.enableShapeUniforms?`outShape[${this.rank} - 1]`:this.outputShape[this.rank-1],n=this.enableShapeUniforms?`outShape[${this.rank} - 2]`:this.outputShape[this.rank-2];return`
      int r = ${t[0]};
      int c = ${t[1]};
      int rp1 = r + 1;
      int cp1 = c + 1;

      bool cEdge = cp1 >= ${o};
      bool rEdge = rp1 >= ${n};
    `}getOutput(e){let t=this.getSourceCoordsArr(e);return this.rank===1?`getA(rc), (rc + 1 >= ${this.enableShapeUniforms?"outShape":this.outputShape[0]} ? 0. : getA(rc + 1)), 0, 0`:`getA(${t[0]}),
            cEdge ? 0. : getA(${t[1]}),
            rEdge ? 0. : getA(${t[2]}),
            rEdge || cEdge ? 0. : getA(${t[3]})`}};var hp=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"inputShape",type:"ivec3"}],this.outputShape=e,this.enableShapeUniforms=lt(this.outputShape.length);let o="";for(let n=0;n<4;n++){let s="thisRC = rc;";n%2===1&&(s+="thisRC.z += 1;"),n>1&&(s+="thisRC.y += 1;"),o+=`
        ${s}
        ${n>0?"if(thisRC.y < rows && thisRC.z < cols){":""}
          int flatIndex = getFlatIndex(thisRC);

          ivec3 inputRC = inputCoordsFromReshapedOutCoords(flatIndex);
          vec2 inputRCInnerDims = vec2(float(inputRC.y),float(inputRC.z));

          result[${n}] =
            getChannel(getA(inputRC.x, inputRC.y, inputRC.z), inputRCInnerDims);
        ${n>0?"}":""}
      `}this.userCode=`
      ${Lee(t,this.enableShapeUniforms)}
      ${this.enableShapeUniforms?cp():ip(e)}

      void main() {
        ivec3 rc = getOutputCoords();

        vec4 result = vec4(0.);

        ivec3 thisRC;
        int rows = ${this.enableShapeUniforms?"outShape[1]":e[1]};
        int cols = ${this.enableShapeUniforms?"outShape[2]":e[2]};

        ${o}

        setOutput(result);
      }
    `}};function Lee(r,e){return`
    ivec3 inputCoordsFromReshapedOutCoords(int index) {
      ${e?yM(["r","c","d"],"inputShape"):nn(["r","c","d"],r)}
      return ivec3(r, c, d);
    }
  `}v();var ug=class{constructor(e){this.gpgpu=e,this.numUsedTextures=0,this.numFreeTextures=0,this._numBytesAllocated=0,this._numBytesFree=0,this.freeTextures={},this.usedTextures={},this.logEnabled=!1}acquireTexture(e,t,o){let n=OP(t,o),s=BP(e,n,o);s in this.freeTextures||(this.freeTextures[s]=[]),s in this.usedTextures||(this.usedTextures[s]=[]);let a=PP(e,n,this.gpgpu.gl,this.gpgpu.textureConfig,o);if(this.freeTextures[s].length>0){this.numFreeTextures--,this.numUsedTextures++,this._numBytesFree-=a,this.log();let u=this.freeTextures[s].pop();return this.usedTextures[s].push(u),u}let c;return n===ur.PACKED_2X2_FLOAT32?c=this.gpgpu.createPackedMatrixTexture(e[0],e[1]):n===ur.PACKED_2X2_FLOAT16?c=this.gpgpu.createFloat16PackedMatrixTexture(e[0],e[1]):n===ur.UNPACKED_FLOAT32?c=this.gpgpu.createFloat32MatrixTexture(e[0],e[1]):n===ur.UNPACKED_FLOAT16?c=this.gpgpu.createFloat16MatrixTexture(e[0],e[1]):n===ur.PACKED_4X1_UNSIGNED_BYTE&&(c=this.gpgpu.createUnsignedBytesMatrixTexture(e[0],e[1])),this.usedTextures[s].push(c),this.numUsedTextures++,this._numBytesAllocated+=a,this.log(),c}releaseTexture(e,t,o,n){if(this.freeTextures==null)return;let s=OP(o,n),a=BP(t,s,n);a in this.freeTextures||(this.freeTextures[a]=[]);let c=PP(t,s,this.gpgpu.gl,this.gpgpu.textureConfig,n),u=P().getNumber("WEBGL_DELETE_TEXTURE_THRESHOLD");u!==-1&&this._numBytesAllocated>u?(this.gpgpu.deleteMatrixTexture(e.texture),this._numBytesAllocated-=c):(this.freeTextures[a].push(e),this.numFreeTextures++,this._numBytesFree+=c),this.numUsedTextures--;let i=this.usedTextures[a],l=i&&i.indexOf(e);if(l==null||l<0)throw new Error("Cannot release a texture that was never provided by this texture manager");i[l]=i[i.length-1],i.pop(),this.log()}log(){if(!this.logEnabled)return;let e=this.numFreeTextures+this.numUsedTextures;console.log("Free/Used",`${this.numFreeTextures} / ${this.numUsedTextures}`,`(${e})`);let t=this._numBytesFree/this._numBytesAllocated;console.log(`Bytes allocated: ${this._numBytesAllocated}`),console.log(`Bytes unused: ${this._numBytesFree} (${Math.round(100*t)}%)`)}get numBytesAllocated(){return this._numBytesAllocated}get numBytesFree(){return this._numBytesFree}getNumUsedTextures(){return this.numUsedTextures}getNumFreeTextures(){return this.numFreeTextures}dispose(){if(this.freeTextures!=null){for(let e in this.freeTextures)this.freeTextures[e].forEach(t=>{this.gpgpu.deleteMatrixTexture(t.texture)});for(let e in this.usedTextures)this.usedTextures[e].forEach(t=>{this.gpgpu.deleteMatrixTexture(t.texture)});this.freeTextures=null,this.usedTextures=null,this.numUsedTextures=0,this.numFreeTextures=0,this._numBytesAllocated=0,this._numBytesFree=0}}};function Wee(r,e){let t=r;if(e===t.R32F)return 4;if(e===t.R16F)return 2;if(e===t.RGBA32F)return 16;if(e===r.RGBA)return 16;if(e===t.RGBA16F)return 8;if(e===t.RGBA8)return 4;throw new Error(`Unknown internal format ${e}`)}function PP(r,e,t,o,n){let s=Vee(e,o),a;if(n){let[u,i]=ua(r[0],r[1]);a=u*i}else{let[u,i]=Xu(r[0],r[1]);a=u*i}let c=Wee(t,s);return a*c}function Vee(r,e){switch(r){case ur.PACKED_2X2_FLOAT32:return F0(e);case ur.PACKED_2X2_FLOAT16:return M0(e);case ur.UNPACKED_FLOAT32:return A0(e);case ur.UNPACKED_FLOAT16:return R0(e);case ur.PACKED_4X1_UNSIGNED_BYTE:return D0(e);default:throw new Error(`Unknown physical texture type ${r}`)}}function Gee(r){return P().getBool("WEBGL_RENDER_FLOAT32_ENABLED")?r?ur.PACKED_2X2_FLOAT32:ur.UNPACKED_FLOAT32:r?ur.PACKED_2X2_FLOAT16:ur.UNPACKED_FLOAT16}function OP(r,e){if(r===wr.UPLOAD)return ur.PACKED_2X2_FLOAT32;if(r===wr.RENDER||r==null)return Gee(e);if(r===wr.DOWNLOAD||r===wr.PIXELS)return ur.PACKED_4X1_UNSIGNED_BYTE;throw new Error(`Unknown logical texture type ${r}`)}function BP(r,e,t){return`${r[0]}_${r[1]}_${e}_${t}`}var lr=class{constructor(e,t){this.variableNames=["A"],this.outputShape=e,this.enableShapeUniforms=lt(this.outputShape.length),this.userCode=`
      float unaryOperation(float x) {
        ${t}
      }

      void main() {
        float x = getAAtOutCoords();
        float y = unaryOperation(x);

        setOutput(y);
      }
    `}},zt="if (isnan(x)) return x;",LP="return x;",O0="return abs(x);";var WP="return (x >= 0.0) ? x : (exp(x) - 1.0);",VP=zt+`
  return (x < 0.0) ? 0.0 : x;
`,GP=zt+`
  return (x < 0.0) ? 0.0 : min(6.0, x);
`,pa="return x;",UP="return 1.0 / (1.0 + exp(-1.0 * x));";var HP="return x;",qP=`
  vec4 result;

  result.r = (x.r >= 0.0) ? x.r : (exp(x.r) - 1.0);
  result.g = (x.g >= 0.0) ? x.g : (exp(x.g) - 1.0);
  result.b = (x.b >= 0.0) ? x.b : (exp(x.b) - 1.0);
  result.a = (x.a >= 0.0) ? x.a : (exp(x.a) - 1.0);

  return result;
`,KP=`
  vec4 result = x * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,jP=`
  vec4 result = min(x, vec4(6.)) * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,XP="return 1.0 / (1.0 + exp(-1.0 * x));",Vr=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e,this.enableShapeUniforms=lt(this.outputShape.length),this.userCode=`
      vec4 unaryOperation(vec4 x) {
        ${t}
      }

      void main() {
        vec4 x = getAAtOutCoords();
        vec4 y = unaryOperation(x);

        setOutput(y);
      }
    `}};var lg=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!1,this.outputShape=e,this.enableShapeUniforms=lt(this.outputShape.length);let t=e.length,o=Rt("rc",t),n=$e(t),s=MP(t,o),a=o.slice(-2),c=t<=1?"rc":`vec2(${a.join(",")})`;this.userCode=`
      void main() {
        ${n} rc = getOutputCoords();
        vec4 packedInput = getA(${s});

        setOutput(getChannel(packedInput, ${c}));
      }
    `}};var zee=cr.whereImpl,Hee=1e-7,qee=1e-4,pg={};function Kee(r){return r in pg||(pg[r]={}),pg[r]}var jee=P().getNumber("CPU_HANDOFF_SIZE_THRESHOLD"),Xee=600;function Yee(){return P().global.screen==null?1024:P().global.screen.height*P().global.screen.width*window.devicePixelRatio*Xee/1024/1024}var Gm=class r extends go{nextDataId(){return r.nextDataId++}constructor(e){if(super(),this.pendingRead=new WeakMap,this.pendingDisposal=new WeakSet,this.dataRefCount=new WeakMap,this.numBytesInGPU=0,this.uploadWaitMs=0,this.downloadWaitMs=0,this.lastGlFlushTime=0,this.warnedAboutMemory=!1,this.pendingDeletes=0,this.disposed=!1,!P().getBool("HAS_WEBGL"))throw new Error("WebGL is not supported on this device");let t;if(e!=null){if(e instanceof dp)t=e;else{let o=Zr(P().getNumber("WEBGL_VERSION"),e);t=new dp(o)}this.binaryCache={},this.gpgpuCreatedLocally=!1}else{let o=Zr(P().getNumber("WEBGL_VERSION"));t=new dp(o),this.binaryCache=Kee(P().getNumber("WEBGL_VERSION")),this.gpgpuCreatedLocally=!0}this.gpgpu=t,this.canvas=this.gpgpu.gl.canvas,this.textureManager=new ug(this.gpgpu),this.numMBBeforeWarning=Yee(),this.texData=new un(this,Fr())}numDataIds(){return this.texData.numDataIds()-this.pendingDeletes}writeTexture(e,t,o,n,s,a){let c=this.makeTensorInfo(t,o),u=this.texData.get(c.dataId);u.isPacked=!1,u.texture={texture:e,texShape:[n,s]},u.texShape=[n,s];let i=Lm(t),l=new Wm(i,!1,a),p=this.runWebGLProgram(l,[c],o,[[n,s]]);return p.shape=t,u.texture=null,this.disposeIntermediateTensorInfo(c),p.dataId}write(e,t,o){if((P().getBool("WEBGL_CHECK_NUMERICAL_PROBLEMS")||P().getBool("DEBUG"))&&this.checkNumericalProblems(e),o==="complex64"&&e!=null)throw new Error("Cannot write to a complex64 dtype. Please use tf.complex(real, imag).");let n={id:this.nextDataId()};return this.texData.set(n,{shape:t,dtype:o,values:e,usage:wr.UPLOAD,refCount:1}),n}refCount(e){return this.texData.has(e)?this.texData.get(e).refCount:0}incRef(e){let t=this.texData.get(e);t.refCount++}decRef(e){if(this.texData.has(e)){let t=this.texData.get(e);t.refCount--}}move(e,t,o,n,s){if(P().getBool("DEBUG")&&this.checkNumericalProblems(t),n==="complex64")throw new Error("Cannot write to a complex64 dtype. Please use tf.complex(real, imag).");this.texData.set(e,{shape:o,dtype:n,values:t,usage:wr.UPLOAD,refCount:s})}disposeIntermediateTensorInfo(e){this.disposeData(e.dataId)}readSync(e){let t=this.texData.get(e),{values:o,dtype:n,complexTensorInfos:s,slice:a,shape:c,isPacked:u}=t;if(a!=null){let m;u?m=new Vr(c,pa):m=new lr(c,pa);let f=this.runWebGLProgram(m,[{dataId:e,shape:c,dtype:n}],n),d=this.readSync(f.dataId);return this.disposeIntermediateTensorInfo(f),d}if(o!=null)return this.convertAndCacheOnCPU(e);if(n==="string")return o;let i=this.activeTimers!=null,l;i&&(l=b.now());let p;if(n==="complex64"){let m=this.readSync(s.real.dataId),f=this.readSync(s.imag.dataId);p=S.mergeRealAndImagArrays(m,f)}else p=this.getValuesFromTexture(e);return i&&(this.downloadWaitMs+=b.now()-l),this.convertAndCacheOnCPU(e,p)}async read(e){if(this.pendingRead.has(e)){let d=this.pendingRead.get(e);return new Promise(h=>d.push(h))}let t=this.texData.get(e),{values:o,shape:n,slice:s,dtype:a,complexTensorInfos:c,isPacked:u}=t;if(s!=null){let d;u?d=new Vr(n,pa):d=new lr(n,pa);let h=this.runWebGLProgram(d,[{dataId:e,shape:n,dtype:a}],a),g=this.read(h.dataId);return this.disposeIntermediateTensorInfo(h),g}if(o!=null)return this.convertAndCacheOnCPU(e);if(P().getBool("DEBUG")&&!P().getBool("WEBGL_DOWNLOAD_FLOAT_ENABLED")&&P().getNumber("WEBGL_VERSION")===2)throw new Error("tensor.data() with WEBGL_DOWNLOAD_FLOAT_ENABLED=false and WEBGL_VERSION=2 not yet supported.");let i=null,l;if(a!=="complex64"&&P().get("WEBGL_BUFFER_SUPPORTED")){l=this.decode(e);let d=this.texData.get(l.dataId);i=this.gpgpu.createBufferFromTexture(d.texture.texture,...Mm(n))}this.pendingRead.set(e,[]),a!=="complex64"&&await this.gpgpu.createAndWaitForFence();let p;if(a==="complex64"){let d=await Promise.all([this.read(c.real.dataId),this.read(c.imag.dataId)]),h=d[0],g=d[1];p=S.mergeRealAndImagArrays(h,g)}else if(i==null)p=this.getValuesFromTexture(e);else{let d=b.sizeFromShape(n);p=this.gpgpu.downloadFloat32MatrixFromBuffer(i,d)}if(l!=null&&this.disposeIntermediateTensorInfo(l),i!=null){let d=this.gpgpu.gl;de(d,()=>d.deleteBuffer(i))}let m=this.convertAndCacheOnCPU(e,p),f=this.pendingRead.get(e);return this.pendingRead.delete(e),f.forEach(d=>d(m)),this.pendingDisposal.has(e)&&(this.pendingDisposal.delete(e),this.disposeData(e)&&Fr().removeDataId(e,this),this.pendingDeletes--),m}readToGPU(e,t={}){let o=this.texData.get(e),{values:n,shape:s,slice:a,dtype:c,isPacked:u,texture:i}=o;if(c==="complex64")throw new Error("Does not support reading texture for complex64 dtype.");if(a!=null){let f;u?f=new Vr(s,pa):f=new lr(s,pa);let d=this.runWebGLProgram(f,[{dataId:e,shape:s,dtype:c}],c),h=this.readToGPU(d,t);return this.disposeIntermediateTensorInfo(d),h}if(i==null)throw n!=null?new Error("Data is not on GPU but on CPU."):new Error("There is no data on GPU or CPU.");let l=this.decode(e,t.customTexShape),p=Fr().makeTensorFromTensorInfo(l),m=this.texData.get(l.dataId);return Object.assign({tensorRef:p},m.texture)}bufferSync(e){let t=this.readSync(e.dataId);if(e.dtype==="string")try{let o=t.map(n=>b.decodeString(n));return be(e.shape,e.dtype,o)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return be(e.shape,e.dtype,t)}checkNumericalProblems(e){if(e!=null)for(let t=0;t<e.length;t++){let o=e[t];if(!QF(o))throw P().getBool("WEBGL_RENDER_FLOAT32_CAPABLE")?Error(`The value ${o} cannot be represented with your current settings. Consider enabling float32 rendering: 'tf.env().set('WEBGL_RENDER_FLOAT32_ENABLED', true);'`):Error(`The value ${o} cannot be represented on this device.`)}}getValuesFromTexture(e){let{shape:t,dtype:o,isPacked:n}=this.texData.get(e),s=b.sizeFromShape(t);if(P().getBool("WEBGL_DOWNLOAD_FLOAT_ENABLED")){let m=this.decode(e),f=this.texData.get(m.dataId),d=this.gpgpu.downloadMatrixFromPackedTexture(f.texture.texture,...Mm(t)).subarray(0,s);return this.disposeIntermediateTensorInfo(m),d}let a=P().getBool("WEBGL_PACK")&&n===!0,c=a?Lm(t):t,u=a?new og(c):new rg(c),i=this.runWebGLProgram(u,[{shape:c,dtype:o,dataId:e}],"float32"),l=this.texData.get(i.dataId),p=this.gpgpu.downloadByteEncodedFloatMatrixFromOutputTexture(l.texture.texture,l.texShape[0],l.texShape[1]).subarray(0,s);return this.disposeIntermediateTensorInfo(i),p}timerAvailable(){return P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0}time(e){let t=this.activeTimers,o=[],n=!1;this.programTimersStack==null?(this.programTimersStack=o,n=!0):this.activeTimers.push(o),this.activeTimers=o,e();let s=b.flatten(this.activeTimers.map(u=>u.query)).filter(u=>u!=null),a=b.flatten(this.activeTimers.map(u=>u.name)).filter(u=>u!=null);this.activeTimers=t,n&&(this.programTimersStack=null);let c={uploadWaitMs:this.uploadWaitMs,downloadWaitMs:this.downloadWaitMs,kernelMs:null,wallMs:null};return(async()=>{if(P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0){let u=await Promise.all(s);c.kernelMs=b.sum(u),c.getExtraProfileInfo=()=>u.map((i,l)=>({name:a[l],ms:i})).map(i=>`${i.name}: ${i.ms}`).join(", ")}else c.kernelMs={error:"WebGL query timers are not supported in this environment."};return this.uploadWaitMs=0,this.downloadWaitMs=0,c})()}memory(){return{unreliable:!1,numBytesInGPU:this.numBytesInGPU,numBytesInGPUAllocated:this.textureManager.numBytesAllocated,numBytesInGPUFree:this.textureManager.numBytesFree}}startTimer(){return P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0?this.gpgpu.beginQuery():{startMs:b.now(),endMs:null}}endTimer(e){return P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0?(this.gpgpu.endQuery(),e):(e.endMs=b.now(),e)}async getQueryTime(e){if(P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0)return this.gpgpu.waitForQueryAndGetTime(e);let t=e;return t.endMs-t.startMs}disposeData(e,t=!1){if(this.pendingDisposal.has(e))return!1;if(!this.texData.has(e))return!0;if(t?this.texData.get(e).refCount=0:this.texData.get(e).refCount--,!t&&this.texData.get(e).refCount>0)return!1;if(this.pendingRead.has(e))return this.pendingDisposal.add(e),this.pendingDeletes++,!1;this.releaseGPUData(e);let{complexTensorInfos:o}=this.texData.get(e);return o!=null&&(this.disposeData(o.real.dataId,t),this.disposeData(o.imag.dataId,t)),this.texData.delete(e),!0}releaseGPUData(e){let{texture:t,dtype:o,texShape:n,usage:s,isPacked:a,slice:c}=this.texData.get(e),u=c&&c.origDataId||e,i=this.dataRefCount.get(u);i>1?this.dataRefCount.set(u,i-1):(this.dataRefCount.delete(u),t!=null&&(this.numBytesInGPU-=this.computeBytes(n,o),this.textureManager.releaseTexture(t,n,s,a)));let l=this.texData.get(e);l.texture=null,l.texShape=null,l.isPacked=!1,l.slice=null}getTexture(e){return this.uploadToGPU(e),this.texData.get(e).texture.texture}getDataInfo(e){return this.texData.get(e)}shouldExecuteOnCPU(e,t=jee){return P().getBool("WEBGL_CPU_FORWARD")&&e.every(o=>this.texData.get(o.dataId).texture==null&&b.sizeFromShape(o.shape)<t)}getGPGPUContext(){return this.gpgpu}where(e){S.warn("tf.where() in webgl locks the UI thread. Call tf.whereAsync() instead");let t=e.dataSync();return zee(e.shape,t)}packedUnaryOp(e,t,o){let n=new Vr(e.shape,t),s=this.compileAndRun(n,[e],o);return Fr().makeTensorFromTensorInfo(s)}abs(e){if(this.shouldExecuteOnCPU([e])&&e.dtype!=="complex64"){let n=ag(this.texData.get(e.dataId).values);return this.makeOutput(e.shape,e.dtype,n)}if(P().getBool("WEBGL_PACK_UNARY_OPERATIONS"))return this.packedUnaryOp(e,O0,e.dtype);let t=new lr(e.shape,O0),o=this.compileAndRun(t,[e]);return Fr().makeTensorFromTensorInfo(o)}makeTensorInfo(e,t,o){let n;if(t==="string"&&o!=null&&o.length>0&&b.isString(o[0])){let s=o.map(a=>b.encodeString(a));n=this.write(s,e,t)}else n=this.write(o,e,t);return this.texData.get(n).usage=null,{dataId:n,shape:e,dtype:t}}makeOutput(e,t,o){return Fr().makeTensorFromTensorInfo(this.makeTensorInfo(e,t,o),this)}unpackTensor(e){let t=new lg(e.shape);return this.runWebGLProgram(t,[e],e.dtype)}packTensor(e){let t=new cg(e.shape);return this.runWebGLProgram(t,[e],e.dtype,null,!0)}packedReshape(e,t){let o=[_c(e.shape),...Tc(e.shape)],n={dtype:e.dtype,shape:o,dataId:e.dataId},s=[_c(t),...Tc(t)],a=new hp(s,o),c=!0,u=[o],i=this.runWebGLProgram(a,[n],e.dtype,u,c);return{dataId:i.dataId,shape:t,dtype:i.dtype}}decode(e,t){let o=this.texData.get(e),{isPacked:n,shape:s,dtype:a}=o;if(t!=null){let m=b.sizeFromShape(s),f=t[0]*t[1]*4;b.assert(m<=f,()=>"customTexShape is too small. Row * Column * 4 should be equal or larger than the size of the tensor data.")}let c=Lm(s),u;n?u=new tg(c):u=new eg(c);let i=!0,l=[t??Mm(c)],p=this.runWebGLProgram(u,[{shape:c,dtype:a,dataId:e}],a,l,i,t);return{dtype:a,shape:s,dataId:p.dataId}}runWebGLProgram(e,t,o,n,s=!1,a){let c=this.makeTensorInfo(e.outputShape,o),u=this.texData.get(c.dataId);if(e.packedOutput&&(u.isPacked=!0),e.outPackingScheme===kc.DENSE){let x=a??Mm(e.outputShape);u.texShape=x.map(y=>y*2)}if(e.outTexUsage!=null&&(u.usage=e.outTexUsage),b.sizeFromShape(c.shape)===0)return u.values=b.getTypedArrayFromDType(c.dtype,0),c;let i=[],l=t.map(x=>{if(x.dtype==="complex64")throw new Error("GPGPUProgram does not support complex64 input. For complex64 dtypes, please separate the program into real and imaginary parts.");let y=this.texData.get(x.dataId);if(y.texture==null){if(!e.packedInputs&&b.sizeFromShape(x.shape)<=P().getNumber("WEBGL_SIZE_UPLOAD_UNIFORM"))return{shape:x.shape,texData:null,isUniform:!0,uniformValues:y.values};e.packedInputs&&(y.isPacked=!0,y.shape=x.shape)}if(this.uploadToGPU(x.dataId),!!y.isPacked!=!!e.packedInputs)x=y.isPacked?this.unpackTensor(x):this.packTensor(x),i.push(x),y=this.texData.get(x.dataId);else if(y.isPacked&&!Yu(y.shape,x.shape)){let w=x,C=x.shape;x.shape=y.shape,x=this.packedReshape(x,C),i.push(x),y=this.texData.get(x.dataId),w.shape=C}return{shape:x.shape,texData:y,isUniform:!1}});this.uploadToGPU(c.dataId);let p={shape:c.shape,texData:u,isUniform:!1},m=TM(e,l,p),f=this.getAndSaveBinary(m,()=>kM(this.gpgpu,e,l,p)),d=this.activeTimers!=null,h;d&&(h=this.startTimer()),P().get("ENGINE_COMPILE_ONLY")||_M(this.gpgpu,f,l,p,n),i.forEach(x=>this.disposeIntermediateTensorInfo(x)),d&&(h=this.endTimer(h),this.activeTimers.push({name:e.constructor.name,query:this.getQueryTime(h)}));let g=P().getNumber("WEBGL_FLUSH_THRESHOLD");if(g>0){let x=b.now();x-this.lastGlFlushTime>g&&(this.gpgpu.gl.flush(),this.lastGlFlushTime=x)}if(!P().getBool("WEBGL_LAZILY_UNPACK")&&u.isPacked&&s===!1){let x=this.unpackTensor(c);return this.disposeIntermediateTensorInfo(c),x}return c}compileAndRun(e,t,o,n,s=!1){return o=o||t[0].dtype,this.runWebGLProgram(e,t,o,n,s)}getAndSaveBinary(e,t){return e in this.binaryCache||(this.binaryCache[e]=t()),this.binaryCache[e]}getTextureManager(){return this.textureManager}dispose(){this.disposed||(P().getBool("IS_TEST")||Object.keys(this.binaryCache).forEach(t=>{this.gpgpu.deleteProgram(this.binaryCache[t].webGLProgram),delete this.binaryCache[t]}),this.textureManager.dispose(),this.canvas!=null&&typeof HTMLCanvasElement<"u"&&this.canvas instanceof HTMLCanvasElement?this.canvas.remove():this.canvas=null,this.gpgpuCreatedLocally&&(this.gpgpu.program=null,this.gpgpu.dispose()),this.disposed=!0)}floatPrecision(){return this.floatPrecisionValue==null&&(this.floatPrecisionValue=at(()=>{if(!P().get("WEBGL_RENDER_FLOAT32_ENABLED")){let e=P().getBool("DEBUG");P().set("DEBUG",!1);let t=this.abs(De(1e-8)).dataSync()[0];if(P().set("DEBUG",e),t>0)return 32}return 16})),this.floatPrecisionValue}epsilon(){return this.floatPrecision()===32?Hee:qee}uploadToGPU(e){let t=this.texData.get(e),{shape:o,dtype:n,values:s,texture:a,usage:c,isPacked:u}=t;if(a!=null)return;let i=this.activeTimers!=null,l;i&&(l=b.now());let p=t.texShape;if(p==null&&(p=mM(o,u),t.texShape=p),s!=null){let m=Lm(o),f,d=p[1],h=p[0],g=s instanceof Uint8Array||s instanceof Uint8ClampedArray;(u||!g)&&([d,h]=ua(p[0],p[1])),u?f=new ng(m,g):f=new Wm(m,g);let x=g?[h,d]:p,y=this.makeTensorInfo(x,n),w=this.texData.get(y.dataId);g?w.usage=wr.PIXELS:w.usage=wr.UPLOAD,w.texShape=x,this.gpgpu.uploadDenseMatrixToTexture(this.getTexture(y.dataId),d,h,s);let C=[[h,d]],$=this.runWebGLProgram(f,[y],n,C,!0),A=this.texData.get($.dataId);t.texShape=A.texShape,t.isPacked=A.isPacked,t.usage=A.usage,P().get("ENGINE_COMPILE_ONLY")?this.disposeData($.dataId):(t.texture=A.texture,t.values=null,this.texData.delete($.dataId)),this.disposeIntermediateTensorInfo(y),i&&(this.uploadWaitMs+=b.now()-l)}else{let m=this.acquireTexture(p,c,n,u);t.texture=m}}convertAndCacheOnCPU(e,t){let o=this.texData.get(e),{dtype:n}=o;return t!=null&&(o.values=Jee(t,n)),o.values}acquireTexture(e,t,o,n){if(this.numBytesInGPU+=this.computeBytes(e,o),!this.warnedAboutMemory&&this.numBytesInGPU>this.numMBBeforeWarning*1024*1024){let s=(this.numBytesInGPU/1024/1024).toFixed(2);this.warnedAboutMemory=!0,console.warn(`High memory usage in GPU: ${s} MB, most likely due to a memory leak`)}return this.textureManager.acquireTexture(e,t,n)}computeBytes(e,t){return e[0]*e[1]*b.bytesPerElement(t)}checkCompileCompletion(){for(let[,e]of Object.entries(this.binaryCache))this.checkCompletion_(e)}async checkCompileCompletionAsync(){let e=[];if(this.gpgpu.parallelCompilationExtension){for(let[,t]of Object.entries(this.binaryCache))e.push(this.checkCompletionAsync_(t));return Promise.all(e)}else{for(let[,t]of Object.entries(this.binaryCache)){let o=new Promise(n=>{try{this.checkCompletion_(t),n(!0)}catch(s){throw s}});e.push(o)}return Promise.all(e)}}async checkCompletionAsync_(e){return this.gpgpu.gl.getProgramParameter(e.webGLProgram,this.gpgpu.parallelCompilationExtension.COMPLETION_STATUS_KHR)?this.checkCompletion_(e):(await Ih(),this.checkCompletionAsync_(e))}checkCompletion_(e){if(this.gpgpu.gl.getProgramParameter(e.webGLProgram,this.gpgpu.gl.LINK_STATUS)===!1)throw console.log(this.gpgpu.gl.getProgramInfoLog(e.webGLProgram)),this.gpgpu.gl.getShaderParameter(e.fragmentShader,this.gpgpu.gl.COMPILE_STATUS)===!1?(_0(e.source,this.gpgpu.gl.getShaderInfoLog(e.fragmentShader)),new Error("Failed to compile fragment shader.")):new Error("Failed to link vertex and fragment shaders.");return!0}getUniformLocations(){for(let e of Object.values(this.binaryCache)){this.gpgpu.buildVao(e.webGLProgram);let{variablesLocations:t,customUniformLocations:o,infLoc:n,nanLoc:s,outShapeLocation:a,outShapeStridesLocation:c,outTexShapeLocation:u}=$0(this.gpgpu,e.program,e.webGLProgram);e.variablesLocations=t,e.customUniformLocations=o,e.infLoc=n,e.nanLoc=s,e.outShapeLocation=a,e.outShapeStridesLocation=c,e.outTexShapeLocation=u}}createTensorFromGPUData(e,t,o){e.channels=e.channels||"RGBA";let{texture:n,height:s,width:a,channels:c}=e,u=Fr().backend;if(!u.gpgpu.gl.isTexture(n))throw new Error("The texture is invalid. Also, please make sure the texture and the TFJS WebGL backend are using the same canvas. If you want to use your own custom canvas, you have to create and use the custom TFJS WebGL backend created from the canvas through 'new tf.MathBackendWebGL(customCanvas)'.");let i=u.writeTexture(n,t,o,s,a,c);return Fr().makeTensorFromDataId(i,t,o,u)}};Gm.nextDataId=0;function Jee(r,e){if(e==="float32"||e==="complex64")return r;if(e==="int32"||e==="bool"){let t=e==="int32"?new Int32Array(r.length):new Uint8Array(r.length);for(let o=0;o<t.length;++o)t[o]=Math.round(r[o]);return t}else throw new Error(`Unknown dtype ${e}`)}fi.isBrowser()&&fu("webgl",()=>new Gm,2);v();v();v();v();v();var gp=`
  if (isnan(a)) return a;
  if (isnan(b)) return b;
`;var Gr=class{constructor(e,t,o){this.variableNames=["A","B"],this.outputShape=S.assertAndGetBroadcastShape(t,o),this.enableShapeUniforms=lt(this.outputShape.length),this.userCode=`
      float binaryOperation(float a, float b) {
        ${e}
      }

      void main() {
        float a = getAAtOutCoords();
        float b = getBAtOutCoords();
        setOutput(binaryOperation(a, b));
      }
    `}};v();var eo=`
  result.r = isNaN.r ? NAN : result.r;
  result.g = isNaN.g ? NAN : result.g;
  result.b = isNaN.b ? NAN : result.b;
  result.a = isNaN.a ? NAN : result.a;
`;var Qr=class{constructor(e,t,o,n=!1){this.variableNames=["A","B"],this.supportsBroadcasting=!0,this.packedInputs=!0,this.packedOutput=!0,this.outputShape=S.assertAndGetBroadcastShape(t,o);let s=this.outputShape.length;this.enableShapeUniforms=lt(s);let a="";if(n)if(s===0||b.sizeFromShape(this.outputShape)===1)a=`
          result.y = 0.;
          result.z = 0.;
          result.w = 0.;
        `;else if(a=`
          ${$e(s)} coords = getOutputCoords();
        `,s===1)this.enableShapeUniforms?a+=`
            result.y = (coords + 1) >= outShape ? 0. : result.y;
            result.z = 0.;
            result.w = 0.;
          `:a+=`
            result.y = (coords + 1) >= ${this.outputShape[0]} ? 0. : result.y;
            result.z = 0.;
            result.w = 0.;
          `;else{let u=Rt("coords",s);this.enableShapeUniforms?a+=`
            bool nextRowOutOfBounds =
              (${u[s-2]} + 1) >= outShape[${s} - 2];
            bool nextColOutOfBounds =
              (${u[s-1]} + 1) >= outShape[${s} - 1];
            result.y = nextColOutOfBounds ? 0. : result.y;
            result.z = nextRowOutOfBounds ? 0. : result.z;
            result.w = nextColOutOfBounds || nextRowOutOfBounds ? 0. : result.w;
          `:a+=`
            bool nextRowOutOfBounds =
              (${u[s-2]} + 1) >= ${this.outputShape[s-2]};
            bool nextColOutOfBounds =
              (${u[s-1]} + 1) >= ${this.outputShape[s-1]};
            result.y = nextColOutOfBounds ? 0. : result.y;
            result.z = nextRowOutOfBounds ? 0. : result.z;
            result.w = nextColOutOfBounds || nextRowOutOfBounds ? 0. : result.w;
          `}this.userCode=`
      vec4 binaryOperation(vec4 a, vec4 b) {
        ${e}
      }

      void main() {
        vec4 a = getAAtOutCoords();
        vec4 b = getBAtOutCoords();

        vec4 result = binaryOperation(a, b);
        ${a}

        setOutput(result);
      }
    `}};v();v();function Dt(r){let{inputs:e,backend:t}=r,{x:o}=e;return t.incRef(o.dataId),{dataId:o.dataId,shape:o.shape,dtype:o.dtype}}var YP={kernelName:Vo,backendName:"webgl",kernelFunc:Dt};function Ur(r){let{inputs:e,backend:t}=r,{real:o,imag:n}=e,s=t.makeTensorInfo(o.shape,"complex64"),a=t.texData.get(s.dataId),c=Dt({inputs:{x:o},backend:t}),u=Dt({inputs:{x:n},backend:t});return a.complexTensorInfos={real:c,imag:u},s}var JP={kernelName:Uc,backendName:"webgl",kernelFunc:Ur};v();var B0="return (a < 0.) ? b * a : a;",L0=`
  vec4 aLessThanZero = vec4(lessThan(a, vec4(0.)));
  return (aLessThanZero * (b * a)) + ((vec4(1.0) - aLessThanZero) * a);
`;function Zee(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{alpha:s}=o,a=t.makeTensorInfo([],"float32",b.createScalarValue(s,"float32")),c=P().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new Qr(L0,n.shape,a.shape):new Gr(B0,n.shape,a.shape),u=t.runWebGLProgram(c,[n,a],"float32");return t.disposeIntermediateTensorInfo(a),u}var ZP={kernelName:Xn,backendName:"webgl",kernelFunc:Zee};v();var W0="return (a < 0.) ? b * a : a;",V0=`
  vec4 aLessThanZero = vec4(lessThan(a, vec4(0.)));
  return (aLessThanZero * (b * a)) + ((vec4(1.0) - aLessThanZero) * a);
`;function Qee(r){let{inputs:e,backend:t}=r,{x:o,alpha:n}=e,s=P().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new Qr(V0,o.shape,n.shape):new Gr(W0,o.shape,n.shape);return t.runWebGLProgram(s,[o,n],"float32")}var QP={kernelName:gs,backendName:"webgl",kernelFunc:Qee};var Do="if (isnan(x)) return x;";function ye({opSnippet:r,packedOpSnippet:e,cpuKernelImpl:t,dtype:o}){return({inputs:n,backend:s})=>{let{x:a}=n,c=s,u=o||a.dtype;if(c.shouldExecuteOnCPU([a])&&t!=null){let p=c.texData.get(a.dataId),m=t(p.values,u);return c.makeTensorInfo(a.shape,u,m)}let i=P().getBool("WEBGL_PACK_UNARY_OPERATIONS")&&e!=null,l;return i?l=new Vr(a.shape,e):l=new lr(a.shape,r),c.runWebGLProgram(l,[a],u)}}function it({opSnippet:r,packedOpSnippet:e,checkOutOfBounds:t=!1,supportsComplex:o=!1,cpuKernelImpl:n,dtype:s}){return({inputs:a,backend:c})=>{let{a:u,b:i}=a,l=c;if(o&&u.dtype==="complex64"){let d=l.texData.get(u.dataId),h=l.texData.get(i.dataId),[g,x]=[[d.complexTensorInfos.real,h.complexTensorInfos.real],[d.complexTensorInfos.imag,h.complexTensorInfos.imag]].map(w=>{let[C,T]=w,$={dataId:C.dataId,dtype:C.dtype,shape:u.shape},A={dataId:T.dataId,dtype:T.dtype,shape:i.shape},R=new Gr(r,u.shape,i.shape);return l.runWebGLProgram(R,[$,A],Pt(C.dtype,T.dtype))}),y=Ur({inputs:{real:g,imag:x},backend:l});return l.disposeIntermediateTensorInfo(g),l.disposeIntermediateTensorInfo(x),y}let p=s||Pt(u.dtype,i.dtype);if((u.dtype==="string"||i.dtype==="string"||l.shouldExecuteOnCPU([u,i]))&&n!=null){let d=l.texData.get(u.dataId).values,h=l.texData.get(i.dataId).values,g=u.dtype==="string"?S.fromUint8ToStringArray(d):d,x=u.dtype==="string"?S.fromUint8ToStringArray(h):h,[y,w]=n(u.shape,i.shape,g,x,p),C=l.makeTensorInfo(w,p),T=l.texData.get(C.dataId);return T.values=y,C}let m=P().getBool("WEBGL_PACK_BINARY_OPERATIONS")&&e!=null,f;return m?f=new Qr(e,u.shape,i.shape,t):f=new Gr(r,u.shape,i.shape),l.runWebGLProgram(f,[u,i],p)}}function Mi(r,e=!1){if(r==="linear")return e?HP:LP;if(r==="relu")return e?KP:VP;if(r==="elu")return e?qP:WP;if(r==="relu6")return e?jP:GP;if(r==="prelu")return e?V0:W0;if(r==="leakyrelu")return e?L0:B0;if(r==="sigmoid")return e?XP:UP;throw new Error(`Activation ${r} has not been implemented for the WebGL backend.`)}var xp=class{constructor(e,t,o,n=!1,s=!1,a=!1,c=null,u=!1,i=!1){this.variableNames=["matrixA","matrixB"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=o,this.enableShapeUniforms=lt(this.outputShape.length);let l=n?e[1]:e[2],p=Math.ceil(l/2),m=n?"i * 2, rc.y":"rc.y, i * 2",f=s?"rc.z, i * 2":"i * 2, rc.z",d=n?["a.xxyy","a.zzww"]:["a.xxzz","a.yyww"],h=s?["b.xzxz","b.ywyw"]:["b.xyxy","b.zwzw"],g="",x="";c&&(u?g=`vec4 activation(vec4 a) {
          vec4 b = getPreluActivationWeightsAtOutCoords();
          ${c}
        }`:i?g=`vec4 activation(vec4 a) {
          vec4 b = getLeakyreluAlphaAtOutCoords();
          ${c}
        }`:g=`vec4 activation(vec4 x) {
          ${c}
        }`,x="result = activation(result);");let y=a?"result += getBiasAtOutCoords();":"";a&&this.variableNames.push("bias"),u&&this.variableNames.push("preluActivationWeights"),i&&this.variableNames.push("leakyreluAlpha");let w="rc.x",C="rc.x";e[0]<t[0]?w=`imod(rc.x, ${e[0]})`:t[0]<e[0]&&(C=`imod(rc.x, ${t[0]})`),this.userCode=`
      ${g}
      // Don't use uniform for sharedDimensionPacked for performance.
      const float sharedDimension = ${p}.0;

      vec4 dot2x2ARowBCol(ivec3 rc) {
        vec4 result = vec4(0);
        int batchA = ${w};
        int batchB = ${C};
        for (int i = 0; i < ${p}; i++) {
          vec4 a = getMatrixA(batchA, ${m});
          vec4 b = getMatrixB(batchB, ${f});

          // These swizzled products need to be separately added.
          // See: https://github.com/tensorflow/tfjs/issues/1735
          result += (${d[0]} * ${h[0]});
          result += (${d[1]} * ${h[1]});
        }
        return result;
      }

      void main() {
        ivec3 rc = getOutputCoords();
        vec4 result = dot2x2ARowBCol(rc);

        ${y}

        ${x}

        setOutput(result);
      }
    `}};v();v();var G0={REAL:"return areal * breal - aimag * bimag;",IMAG:"return areal * bimag + aimag * breal;"},Um=class{constructor(e,t,o){this.variableNames=["AReal","AImag","BReal","BImag"],this.outputShape=S.assertAndGetBroadcastShape(t,o),this.userCode=`
      float binaryOpComplex(
          float areal, float aimag, float breal, float bimag) {
        ${e}
      }

      void main() {
        float areal = getARealAtOutCoords();
        float aimag = getAImagAtOutCoords();
        float breal = getBRealAtOutCoords();
        float bimag = getBImagAtOutCoords();
        setOutput(binaryOpComplex(areal, aimag, breal, bimag));
      }
    `}};var eO="return a * b;";function zm(r){let{inputs:e,backend:t}=r,{a:o,b:n}=e,s=S.upcastType(o.dtype,n.dtype);if(o.dtype==="complex64"){let c=t.texData.get(o.dataId),u=t.texData.get(n.dataId),i=new Um(G0.REAL,o.shape,n.shape),l=new Um(G0.IMAG,o.shape,n.shape),p=[{dataId:c.complexTensorInfos.real.dataId,dtype:c.complexTensorInfos.real.dtype,shape:o.shape},{dataId:c.complexTensorInfos.imag.dataId,dtype:c.complexTensorInfos.imag.dtype,shape:o.shape},{dataId:u.complexTensorInfos.real.dataId,dtype:u.complexTensorInfos.real.dtype,shape:n.shape},{dataId:u.complexTensorInfos.imag.dataId,dtype:u.complexTensorInfos.imag.dtype,shape:n.shape}],m=t.runWebGLProgram(i,p,"float32"),f=t.runWebGLProgram(l,p,"float32"),d=Ur({inputs:{real:m,imag:f},backend:t});return t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(f),d}if(t.shouldExecuteOnCPU([o,n])){let c=t.texData.get(o.dataId),u=t.texData.get(n.dataId),[i,l]=pP(o.shape,n.shape,c.values,u.values,s),p=t.makeTensorInfo(l,s),m=t.texData.get(p.dataId);return m.values=i,p}let a;return P().getBool("WEBGL_PACK_BINARY_OPERATIONS")?a=new Qr(eO,o.shape,n.shape):a=new Gr(eO,o.shape,n.shape),t.runWebGLProgram(a,[o,n],s)}var tO={kernelName:us,backendName:"webgl",kernelFunc:zm};v();function rO(r,e,t){let o=[_c(r.shape),...Tc(r.shape)],n={dtype:r.dtype,shape:o,dataId:r.dataId},s=[_c(e),...Tc(e)],a=new hp(s,o),c=!0,u=[o],i=t.runWebGLProgram(a,[n],r.dtype,u,c);return{dataId:i.dataId,shape:e,dtype:i.dtype}}function se(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{shape:s}=o,a=t,c=b.sizeFromShape(n.shape),u=b.inferFromImplicitShape(s,c),i=b.sizeFromShape(u);b.assert(c===i,()=>`The new shape (${u}) has ${i} elements and the old shape (${n.shape}) has ${c} elements. The new shape and old shape must have the same number of elements.`);let l=a.texData.get(n.dataId);return l.isPacked&&!Yu(n.shape,u)&&!(l.texture!==null&&Yu(l.shape,u))?rO(n,u,a):(a.incRef(n.dataId),{dataId:n.dataId,shape:u,dtype:n.dtype})}var oO={kernelName:Xa,backendName:"webgl",kernelFunc:se};v();v();v();v();var Hm=class{constructor(e,t){this.variableNames=["x"];let{windowSize:o,batchSize:n,inSize:s,outSize:a}=e;this.outputShape=[n,a];let c=Math.floor(o/4)*4,u=o%4,i="sumValue += dot(values, ones);";if(t!=null){let p=1/t;i=`sumValue += dot(values * ${b.isInt(p)?p.toPrecision(2):p}, ones);`}let l="";s%o>0&&(l=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return 0.0;
        }
      `),this.userCode=`
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float getValue(int batch, int inIdx) {
        ${l}
        return getX(batch, inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${o};

        float sumValue = 0.0;

        for (int i = 0; i < ${c}; i += 4) {
          int inIdx = inOffset + i;
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          ${i}
        }

        int inIdx = inOffset + ${c};
        if (${u===1}) {
          vec4 values = vec4(getValue(batch, inIdx), 0.0, 0.0, 0.0);

          ${i}
        } else if (${u===2}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1), 0.0, 0.0);

          ${i}
        } else if (${u===3}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2), 0.0);

          ${i}
        }
        setOutput(sumValue);
      }
    `}};var mg=class{constructor(e,t){this.variableNames=["x"];let{windowSize:o,batchSize:n,inSize:s,outSize:a}=e;this.outputShape=[n,a];let c="0.0",u="";t==="prod"?c="1.0":t==="min"?(c="1.0 / 1e-20",u="min"):t==="max"&&(c="-1.0 / 1e-20",u="max");let i=`${t}(${t}(${t}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;t==="sum"?i="sumValue":t==="prod"?i="prodValue":t==="all"?i="allValue":t==="any"&&(i="anyValue");let l=Math.floor(o/4)*4,p=o%4,m=`
      if (${t==="sum"}) {
        sumValue += dot(values, ones);
      } else if (${t==="prod"}) {
        vec2 tmp = vec2(values[0], values[1]) * vec2(values[2], values[3]);
        prodValue *= tmp[0] * tmp[1];
      } else {
        minMaxValue = ${u}(values, minMaxValue);
        if (${t==="min"} || ${t==="max"}) {
          minMaxValue = ${u}(values, minMaxValue);
          bvec4 isNaN = isnan(values);
          if (isNaN.r || isNaN.g || isNaN.b || isNaN.a) {
            minMaxValue = vec4(NAN);
          }
        }
      }
    `,f="vec4";t==="all"?(c="1.0",m=`
        bool reducedAllValue = all(values);
        float floatedReducedAllValue = float(reducedAllValue);
        allValue = float(allValue >= 1.0 && floatedReducedAllValue >= 1.0);
      `,f="bvec4"):t==="any"&&(c="0.0",m=`
        bool reducedAnyValue = any(values);
        float floatedReducedAnyValue = float(reducedAnyValue);
        anyValue = float(anyValue >= 1.0 || floatedReducedAnyValue >= 1.0);
      `,f="bvec4");let d="";s%o>0&&(d=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return initializationValue;
        }
      `),this.userCode=`
      const float initializationValue = ${c};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float getValue(int batch, int inIdx) {
        ${d}
        return getX(batch, inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${o};

        vec4 minMaxValue = vec4(${c});
        float prodValue = 1.0;
        float sumValue = 0.0;
        float allValue = 1.0;
        float anyValue = 0.0;

        for (int i = 0; i < ${l}; i += 4) {
          int inIdx = inOffset + i;
          ${f} values = ${f}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          ${m}
        }

        int inIdx = inOffset + ${l};
        if (${p===1}) {
          ${f} values = ${f}(
            getValue(batch, inIdx),
            initializationValue,
            initializationValue,
            initializationValue
          );

          ${m}
        } else if (${p===2}) {
          ${f} values = ${f}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            initializationValue,
            initializationValue
          );

          ${m}
        } else if (${p===3}) {
          ${f} values = ${f}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            initializationValue
          );

          ${m}
        }
        setOutput(${i});
      }
    `}};function tte(r){let e=[];for(;e.length===0||e[e.length-1].outSize!==1;){let t=e.length?e[e.length-1].outSize:r[1],o=S.computeOptimalWindowSize(t);e.push({inSize:t,windowSize:o,outSize:Math.ceil(t/o)})}return e}function to(r,e,t,o){let n=tte(r.shape),s=r;for(let a=0;a<n.length;a++){let{inSize:c,windowSize:u,outSize:i}=n[a],l,p;t==="mean"?l=a===0?new Hm({windowSize:u,inSize:c,batchSize:r.shape[0],outSize:i},c):new Hm({windowSize:u,inSize:c,batchSize:r.shape[0],outSize:i}):l=new mg({windowSize:u,inSize:c,batchSize:r.shape[0],outSize:i},t),p=s,s=o.runWebGLProgram(l,[s],e),p.dataId!==r.dataId&&o.disposeIntermediateTensorInfo(p)}return s}v();var fg=class{constructor(e,t){this.variableNames=["A"];let o=new Array(e.length);for(let a=0;a<o.length;a++)o[a]=e[t[a]];this.outputShape=o,this.rank=o.length;let n=$e(this.rank),s=rte(t);this.userCode=`
    void main() {
      ${n} resRC = getOutputCoords();
      setOutput(getA(${s}));
    }
    `}};function rte(r){let e=r.length;if(e>6)throw Error(`Transpose for rank ${e} is not yet supported`);let t=["resRC.x","resRC.y","resRC.z","resRC.w","resRC.u","resRC.v"],o=new Array(e);for(let n=0;n<r.length;n++)o[r[n]]=t[n];return o.join()}var dg=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0;let o=new Array(e.length);for(let l=0;l<o.length;l++)o[l]=e[t[l]];if(this.outputShape=o,this.rank=o.length,this.rank>6)throw Error(`Packed transpose for rank ${this.rank} is not yet supported.`);let n=$e(this.rank),s=P0("rc",this.rank),a=new Array(this.rank);for(let l=0;l<t.length;l++)a[t[l]]=s[l];let c=`vec2(${a.slice(-2).join()})`,u=`++${s[this.rank-1]} < ${o[this.rank-1]}`,i=`getChannel(getA(${a.join()}), ${c})`;this.userCode=`
    void main() {
      ${n} rc = getOutputCoords();
      vec4 result = vec4(0.);
      result[0] = ${i};
      if(${u}) {
        result[1] = ${i};
      }
      --${s[this.rank-1]};
      if(++${s[this.rank-2]} < ${o[this.rank-2]}) {
        result[2] = ${i};
        if(${u}) {
          result[3] = ${i};
        }
      }
      setOutput(result);
    }
    `}};function Nc(r,e,t){let o=P().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new dg(r.shape,e):new fg(r.shape,e);return t.runWebGLProgram(o,[r],r.dtype)}function nO(r,e,t,o){let n=e,s=r.shape.length,a=b.parseAxisParam(n,r.shape),c=a,u=S.getAxesPermutation(c,s),i=u!=null,l=r;i&&(l=Nc(r,u,o),c=S.getInnerMostAxes(c.length,s)),S.assertAxesAreInnerMostDims("sum",c,s);let[p,m]=S.computeOutAndReduceShapes(l.shape,c),f=p;t&&(f=S.expandShapeToKeepDim(p,a));let d=b.sizeFromShape(m),g=b.sizeFromShape(r.shape)/d,x=se({inputs:{x:l},attrs:{shape:[g,d]},backend:o}),y=rc(r.dtype),w=to(x,y,"sum",o),C=se({inputs:{x:w},attrs:{shape:f},backend:o});return o.disposeIntermediateTensorInfo(x),o.disposeIntermediateTensorInfo(w),i&&o.disposeIntermediateTensorInfo(l),C}function el(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,keepDims:a}=o;return nO(n,s,a,t)}var sO={kernelName:"Sum",backendName:"webgl",kernelFunc:el};v();function yt(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{perm:s}=o,a=t,c=n.shape.length,u=new Array(c);for(let l=0;l<u.length;l++)u[l]=n.shape[s[l]];let i;if(a.shouldExecuteOnCPU([n])){let p=a.texData.get(n.dataId).values,m=Qu(p,n.shape,n.dtype,s,u);i=a.makeTensorInfo(u,n.dtype);let f=a.texData.get(i.dataId);f.values=m}else i=Nc(n,s,a);return i}var aO={kernelName:bo,backendName:"webgl",kernelFunc:yt};var U0=1e3;function tl({a:r,b:e,transposeA:t,transposeB:o,backend:n,bias:s=null,preluActivationWeights:a=null,leakyreluAlpha:c=0,activation:u=null}){let i=r.shape.length,l=e.shape.length,p=t?r.shape[i-2]:r.shape[i-1],m=o?e.shape[l-1]:e.shape[l-2],f=t?r.shape[i-1]:r.shape[i-2],d=o?e.shape[l-2]:e.shape[l-1],h=r.shape.slice(0,-2),g=e.shape.slice(0,-2),x=b.sizeFromShape(h),y=b.sizeFromShape(g),C=Or.assertAndGetBroadcastShape(r.shape.slice(0,-2),e.shape.slice(0,-2)).concat([f,d]);b.assert(p===m,()=>`Error in matMul: inner shapes (${p}) and (${m}) of Tensors with shapes ${r.shape} and ${e.shape} and transposeA=${t} and transposeB=${o} must match.`);let T=t?[x,p,f]:[x,f,p],$=o?[y,d,m]:[y,m,d],A=se({inputs:{x:r},backend:n,attrs:{shape:T}}),R=se({inputs:{x:e},backend:n,attrs:{shape:$}}),F=[A,R],M=Math.max(x,y),L=t?A.shape[1]:A.shape[2],W=s!=null,G=a!=null,q=u==="leakyrelu",H=u!=null?Mi(u,!0):null,j=W||G||q||H!=null,X;if((f===1||d===1)&&L>U0&&j===!1){let ee=A,ae=R;t&&(ee=yt({inputs:{x:A},backend:n,attrs:{perm:[0,2,1]}}),F.push(ee)),o&&(ae=yt({inputs:{x:R},backend:n,attrs:{perm:[0,2,1]}}),F.push(ae));let oe=d!==1,ie=d===1,re=ee;oe&&(re=se({inputs:{x:ee},backend:n,attrs:{shape:[M,L,1]}}),F.push(re));let ne=d===1?2:1,ue=ae;ie&&(ue=se({inputs:{x:ae},backend:n,attrs:{shape:[M,1,L]}}),F.push(ue));let pe=zm({inputs:{a:re,b:ue},backend:n});X=el({inputs:{x:pe},backend:n,attrs:{axis:ne,keepDims:!0}}),F.push(pe)}else{let ee=Pt(r.dtype,e.dtype),ae=new xp(T,$,[M,f,d],t,o,W,H,G,q),oe=[A,R];if(s!=null&&oe.push(s),G&&oe.push(a),q){let ie=n.makeTensorInfo([],"float32",b.createScalarValue(c,"float32"));oe.push(ie),F.push(ie)}X=n.runWebGLProgram(ae,oe,ee)}let J=se({inputs:{x:X},backend:n,attrs:{shape:C}});F.push(X);for(let ee of F)n.disposeIntermediateTensorInfo(ee);return J}function ote(r){let{inputs:e,backend:t,attrs:o}=r,{a:n,b:s,bias:a,preluActivationWeights:c}=e,{transposeA:u,transposeB:i,activation:l,leakyreluAlpha:p}=o;return tl({a:n,b:s,transposeA:u,transposeB:i,backend:t,bias:a,preluActivationWeights:c,leakyreluAlpha:p,activation:l})}var iO={kernelName:Uo,backendName:"webgl",kernelFunc:ote};v();var cO="return abs(x);";function nte(r){let{inputs:e,backend:t}=r,{x:o}=e;if(t.shouldExecuteOnCPU([o])&&o.dtype!=="complex64"){let s=t.texData.get(o.dataId),a=ag(s.values);return t.makeTensorInfo(o.shape,o.dtype,a)}let n;return P().getBool("WEBGL_PACK_UNARY_OPERATIONS")?n=new Vr(o.shape,cO):n=new lr(o.shape,cO),t.runWebGLProgram(n,[o],o.dtype)}var uO={kernelName:"Abs",backendName:"webgl",kernelFunc:nte};v();var ste=zt+`
  if (abs(x) > 1.) {
    return NAN;
  }
  return acos(x);
`,ate=ye({opSnippet:ste}),lO={kernelName:mn,backendName:"webgl",kernelFunc:ate};v();var ite=zt+`
  if (x < 1.0) return NAN;
return log(x + sqrt(x * x - 1.0));`,cte=ye({opSnippet:ite}),pO={kernelName:fn,backendName:"webgl",kernelFunc:cte};v();var mO="return a + b;",ute=it({opSnippet:mO,packedOpSnippet:mO,supportsComplex:!0,cpuKernelImpl:zM}),fO={kernelName:"Add",backendName:"webgl",kernelFunc:ute};v();var hg=class{constructor(e,t){this.outputShape=[],this.outputShape=e,this.variableNames=t.map((s,a)=>`T${a}`);let o=[];this.variableNames.forEach(s=>{o.push(`float v${s} = get${s}AtOutCoords();`)});let n=this.variableNames.map(s=>`v${s}`).join(" + ");this.userCode=`
      void main() {
        ${o.join(`
        `)}

        float result = ${n};
        setOutput(result);
      }
    `}};var gg=class{constructor(e,t){this.outputShape=[],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e,this.variableNames=t.map((s,a)=>`T${a}`);let o=[];this.variableNames.forEach(s=>{o.push(`vec4 v${s} = get${s}AtOutCoords();`)});let n=this.variableNames.map(s=>`v${s}`).join(" + ");this.userCode=`
      void main() {
        ${o.join(`
        `)}

        vec4 result = ${n};
        setOutput(result);
      }
    `}};function xg(r){let{inputs:e,backend:t}=r,o=e;if(o.length===1)return Dt({inputs:{x:o[0]},backend:t});if(o.length>P().getNumber("WEBGL_MAX_TEXTURES_IN_SHADER")){let u=Math.floor(o.length/2),i=xg({inputs:o.slice(0,u),backend:t}),l=xg({inputs:o.slice(u),backend:t});return xg({inputs:[i,l],backend:t})}let n=o.map(u=>u.dtype).reduce((u,i)=>Pt(u,i)),s=o.map(u=>u.shape),c=P().getBool("WEBGL_PACK")?new gg(o[0].shape,s):new hg(o[0].shape,s);return t.runWebGLProgram(c,o,n)}var dO={kernelName:dn,backendName:"webgl",kernelFunc:xg};v();function lte(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,keepDims:a}=o,c=n.shape.length,u=b.parseAxisParam(s,n.shape),i=u,l=S.getAxesPermutation(i,c),p=n;l!=null&&(p=yt({inputs:{x:n},backend:t,attrs:{perm:l}}),i=S.getInnerMostAxes(i.length,c)),S.assertAxesAreInnerMostDims("all",i,c);let[m,f]=S.computeOutAndReduceShapes(p.shape,i),d=b.sizeFromShape(f),h=se({inputs:{x:p},backend:t,attrs:{shape:[-1,d]}}),g=to(h,h.dtype,"all",t),x;if(a){let y=S.expandShapeToKeepDim(m,u);x=se({inputs:{x:g},backend:t,attrs:{shape:y}})}else x=se({inputs:{x:g},backend:t,attrs:{shape:m}});return t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(g),l!=null&&t.disposeIntermediateTensorInfo(p),x}var hO={kernelName:"All",backendName:"webgl",kernelFunc:lte};v();function pte(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,keepDims:a}=o,c=n.shape.length,u=b.parseAxisParam(s,n.shape),i=u,l=S.getAxesPermutation(i,c),p=n;l!=null&&(p=yt({inputs:{x:n},backend:t,attrs:{perm:l}}),i=S.getInnerMostAxes(i.length,c)),S.assertAxesAreInnerMostDims("any",i,c);let[m,f]=S.computeOutAndReduceShapes(p.shape,i),d=b.sizeFromShape(f),h=se({inputs:{x:p},backend:t,attrs:{shape:[-1,d]}}),g=to(h,h.dtype,"any",t),x;if(a){let y=S.expandShapeToKeepDim(m,u);x=se({inputs:{x:g},backend:t,attrs:{shape:y}})}else x=se({inputs:{x:g},backend:t,attrs:{shape:m}});return t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(g),l!=null&&t.disposeIntermediateTensorInfo(p),x}var gO={kernelName:"Any",backendName:"webgl",kernelFunc:pte};v();v();var bg=class{constructor(e,t,o){this.variableNames=["A"];let{windowSize:n,batchSize:s,outSize:a}=e;o||this.variableNames.push("bestIndicesA"),this.outputShape=[s,a];let c=t==="max"?">":"<",u=o?"inOffset + i;":"round(getBestIndicesA(batch, inOffset + i));";this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${n};

        int bestIndex = inOffset;
        float bestValue = getA(batch, bestIndex);

        for (int i = 0; i < ${n}; i++) {
          int inIdx = ${u};
          float candidate = getA(batch, inIdx);
          if (candidate ${c} bestValue) {
            bestValue = candidate;
            bestIndex = inIdx;
          }
        }
        setOutput(float(bestIndex));
      }
    `}};v();var yg=class{constructor(e,t,o,n){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,b.assert(e.length>2,()=>`Packed arg${o.charAt(0).toUpperCase()+o.slice(1)} supports only inputs with rank above 2.`);let s=e[e.length-1],a=Math.ceil(s/t);this.outputShape=e.slice(0,-1),a>1&&this.outputShape.push(a),n||this.variableNames.push("bestIndicesA");let c=this.outputShape,u=c.length,i=$e(u),l=Rt("coords",u),p,m;if(a===1){m=u+1;let R=$e(m);p=`
        ${R} sourceLocR = ${R}(${l.join()}, 0);
        ++${l[u-1]};
        ${R} sourceLocG = ${R}(${l.join()}, 0);
        ++${l[u-2]};
        ${R} sourceLocA = ${R}(${l.join()}, 0);
        --${l[u-1]};
        ${R} sourceLocB = ${R}(${l.join()}, 0);
        --${l[u-2]};`}else m=u,p=`
        ${i} sourceLocR = coords;
        ++${l[u-1]};
        ${i} sourceLocG = coords;
        ++${l[u-2]};
        ${i} sourceLocA = coords;
        --${l[u-1]};
        ${i} sourceLocB = coords;
        --${l[u-2]};`;let f=["x","y","z","w","u","v"].slice(0,m),d="."+f[m-1],h=f.map(R=>"int "+R),g=Rt("sourceLocR",m-1).concat("inIdx.r"),x=Rt("sourceLocG",m-1).concat("inIdx.g"),y=Rt("sourceLocB",m-1).concat("inIdx.b"),w=Rt("sourceLocA",m-1).concat("inIdx.a"),C=o==="max"?"greaterThan":"lessThan",T=n?"":`
          inIdx = round(vec4(getBestIndicesAChannel(${g.join()}),
                             getBestIndicesAChannel(${x.join()}),
                             getBestIndicesAChannel(${y.join()}),
                             getBestIndicesAChannel(${w.join()})));`,$=`vec4(
            getAChannel(${g.join()}),
            hasNextCol ? getAChannel(${x.join()}) : 0.,
            hasNextRow ? getAChannel(${y.join()}) : 0.,
            hasNextRow && hasNextCol ? getAChannel(${w.join()}) : 0.)`,A=n?"":`
      float getBestIndicesAChannel(${h.join()}) {
        return getChannel(getBestIndicesA(${f.join()}),
                                          vec2(${f.slice(-2).join()}));
      }`;this.userCode=`
      float getAChannel(${h.join()}) {
        return getChannel(getA(${f.join()}),
                               vec2(${f.slice(-2).join()}));
      }
      ${A}
      void main() {
        ${i} coords = getOutputCoords();
        bool hasNextCol = ${l[u-1]} < ${c[u-1]-1};
        bool hasNextRow = ${l[u-2]} < ${c[u-2]-1};
        ${p}
        ivec4 srcIdx = ivec4(sourceLocR${d}, sourceLocG${d},
          sourceLocB${d}, sourceLocA${d}) * ${t};
        ivec4 inIdx = srcIdx;
        vec4 bestIndex = vec4(inIdx);
        vec4 bestValue = ${$};

        for (int i = 0; i < ${t}; i++) {
          inIdx = srcIdx;
          ${T}
          vec4 candidate = ${$};
          bvec4 nan = isnan(candidate);
          bvec4 replace = bvec4(
            vec4(${C}(candidate, bestValue)) * (vec4(1.0) - vec4(nan)));

          bestValue = vec4(replace.x  ? candidate.x : bestValue.x,
                           replace.y  ? candidate.y : bestValue.y,
                           replace.z  ? candidate.z : bestValue.z,
                           replace.w  ? candidate.w : bestValue.w);
          bestIndex = mix(bestIndex, vec4(inIdx), vec4(replace));
          srcIdx++;
        }
        setOutput(bestIndex);
      }
    `}};function xO(r,e,t,o=null){let n=e.shape[0],s=e.shape[1];o!=null&&(n=o.shape[0],s=o.shape[1]);let a=S.computeOptimalWindowSize(s),c={windowSize:a,inSize:s,batchSize:n,outSize:Math.ceil(s/a)},u=new bg(c,t,o==null),i=[e];o!=null&&i.push(o);let l=r.runWebGLProgram(u,i,"int32");if(l.shape[1]===1)return l;let p=xO(r,e,t,l);return r.disposeIntermediateTensorInfo(l),p}function bO(r,e,t,o=null){let n=o!=null?o.shape:e.shape,s=n[n.length-1],a=S.computeOptimalWindowSize(s),c=new yg(n,a,t,o==null),u=o==null?[e]:[e,o],i=r.runWebGLProgram(c,u,"int32");if(i.shape.length===e.shape.length){let l=bO(r,e,t,i);return r.disposeIntermediateTensorInfo(i),l}return i}function wg(r,e,t,o){let n=[t];if(S.assertAxesAreInnerMostDims("arg"+o.charAt(0).toUpperCase()+o.slice(1),n,e.shape.length),!P().getBool("WEBGL_PACK_REDUCE")||e.shape.length<=2){let s=[],a=r.texData.get(e.dataId),c=a!==null&&a.isPacked,u=e;c&&(u=r.unpackTensor(e),s.push(u));let[i,l]=S.computeOutAndReduceShapes(u.shape,n),p=b.sizeFromShape(l),m=se({inputs:{x:u},backend:r,attrs:{shape:[-1,p]}});s.push(m);let f=xO(r,m,o);s.push(f);let d=se({inputs:{x:f},backend:r,attrs:{shape:i}});return s.forEach(h=>r.disposeIntermediateTensorInfo(h)),d}return bO(r,e,o)}function mte(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s}=o,a=b.parseAxisParam(s,n.shape),c=S.getAxesPermutation(a,n.shape.length),u=n,i=[];c!=null&&(u=yt({inputs:{x:n},backend:t,attrs:{perm:c}}),i.push(u),a=S.getInnerMostAxes(a.length,u.shape.length)),S.assertAxesAreInnerMostDims("argMax",[a[0]],u.shape.length);let l=wg(t,u,a[0],"max");return i.forEach(p=>t.disposeIntermediateTensorInfo(p)),l}var yO={kernelName:Ca,backendName:"webgl",kernelFunc:mte};v();function fte(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s}=o,a=b.parseAxisParam(s,n.shape),c=S.getAxesPermutation(a,n.shape.length),u=n,i=[];c!=null&&(u=yt({inputs:{x:n},backend:t,attrs:{perm:c}}),i.push(u),a=S.getInnerMostAxes(a.length,u.shape.length)),S.assertAxesAreInnerMostDims("argMin",[a[0]],u.shape.length);let l=wg(t,u,a[0],"min");return i.forEach(p=>t.disposeIntermediateTensorInfo(p)),l}var wO={kernelName:Sa,backendName:"webgl",kernelFunc:fte};v();var dte=zt+`
  if (abs(x) > 1.) {
    return NAN;
  }
  return asin(x);
`,hte=ye({opSnippet:dte}),vO={kernelName:hn,backendName:"webgl",kernelFunc:hte};v();var gte=zt+"return log(x + sqrt(x * x + 1.0));",xte=ye({opSnippet:gte}),IO={kernelName:gn,backendName:"webgl",kernelFunc:xte};v();var bte=zt+`
  return atan(x);
`,yte=ye({opSnippet:bte}),CO={kernelName:xn,backendName:"webgl",kernelFunc:yte};v();var wte=gp+`
  return atan(a, b);
`,vte=`
  vec4 result = atan(a, b);
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+eo+`
  return result;
`,Ite=it({opSnippet:wte,packedOpSnippet:vte}),SO={kernelName:yn,backendName:"webgl",kernelFunc:Ite};v();var Cte=zt+`
  if ((x < -1.0) || (x > 1.0)) return NAN;
return (log(1.0 + x) - log(1.0 - x)) / 2.0;`,Ste=ye({opSnippet:Cte}),kO={kernelName:bn,backendName:"webgl",kernelFunc:Ste};v();var sn=class{constructor(e,t,o,n=!1,s=!1){if(this.variableNames=["x"],t==="avg"&&o)throw new Error("Cannot compute positions for average pool.");let a=e.filterWidth,c=e.strideHeight,u=e.strideWidth,i=e.dilationHeight,l=e.dilationWidth,p=e.effectiveFilterHeight,m=e.effectiveFilterWidth,f=e.padInfo.top,d=e.padInfo.left;this.outputShape=e.outShape;let h=t==="avg",g=`((batch  * ${e.inHeight} + xR) * ${e.inWidth} + xC) * ${e.inChannels} + d`,x=`(xR * ${e.inWidth} + xC) * ${e.inChannels} + d`,y="0.0";if(h||(y="-1.0 / 1e-20"),o){this.userCode=`
        const ivec2 strides = ivec2(${c}, ${u});
        const ivec2 pads = ivec2(${f}, ${d});

        void main() {
          ivec4 coords = getOutputCoords();
          int batch = coords[0];
          int d = coords[3];

          ivec2 xRCCorner = coords.yz * strides - pads;
          int xRCorner = xRCCorner.x;
          int xCCorner = xRCCorner.y;

          // max/min x(?, ?, d) to get y(yR, yC, d).
          // ? = to be determined
          float minMaxValue = 0.0;
          float minMaxValueFound = 0.0;
          int minMaxPosition = 0;
          float avgValue = 0.0;

          for (int wR = 0; wR < ${p};
              wR += ${i}) {
            int xR = xRCorner + wR;

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${m};
                wC += ${l}) {
              int xC = xCCorner + wC;

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              float value = getX(batch, xR, xC, d);

              // If a min / max value has already been found, use it. If not,
              // use the current value.
              float currMinMaxValue = mix(
                  value, minMaxValue, minMaxValueFound);
              if (value >= currMinMaxValue) {
                minMaxValue = value;
                minMaxValueFound = 1.0;
                minMaxPosition = ${n?s?g:x:`wR * ${m} + wC`};
              }
            }
          }
          setOutput(float(minMaxPosition));
        }
      `;return}let w="max",C=`${t}(${t}(${t}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;t==="avg"&&(C="avgValue / max(count, 1.0)");let T=Math.floor(a/4)*4,$=a%4,A=`
      if (${h}) {
        avgValue += dot(values, ones);
      } else {
        minMaxValue = ${w}(values, minMaxValue);
      }
    `;this.userCode=`
      const ivec2 strides = ivec2(${c}, ${u});
      const ivec2 pads = ivec2(${f}, ${d});
      const float initializationValue = ${y};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float count = 0.0;

      float getValue(int batch, int xR, int xC, int d) {
        if (xC < 0 || xC >= ${e.inWidth}) {
          return initializationValue;
        }
        count += 1.0;
        return getX(batch, xR, xC, d);
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d = coords[3];

        ivec2 xRCCorner = coords.yz * strides - pads;
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // max/min x(?, ?, d) to get y(yR, yC, d).
        // ? = to be determined
        vec4 minMaxValue = vec4(${y});
        float avgValue = 0.0;
        count = 0.0;

        for (int wR = 0; wR < ${p};
            wR += ${i}) {
          int xR = xRCorner + wR;

          if (xR < 0 || xR >= ${e.inHeight}) {
            continue;
          }

          for (int wC = 0; wC < ${T}; wC += 4) {
            int xC = xCCorner + wC * ${l};

            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${l}, d),
              getValue(batch, xR, xC + 2 * ${l}, d),
              getValue(batch, xR, xC + 3 * ${l}, d)
            );

            ${A}
          }

          int xC = xCCorner + ${T};
          if (${$===1}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              initializationValue,
              initializationValue,
              initializationValue
            );

            ${A}
          } else if (${$===2}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${l}, d),
              initializationValue,
              initializationValue
            );

            ${A}
          } else if (${$===3}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${l}, d),
              getValue(batch, xR, xC + 2 * ${l}, d),
              initializationValue
            );

            ${A}
          }
        }
        setOutput(${C});
      }
    `}},Ec=class{constructor(e,t,o,n=!1,s=!1){if(this.variableNames=["x"],t==="avg"&&o)throw new Error("Cannot compute positions for average pool.");let a=e.filterWidth,c=e.strideDepth,u=e.strideHeight,i=e.strideWidth,l=e.dilationDepth,p=e.dilationHeight,m=e.dilationWidth,f=e.effectiveFilterDepth,d=e.effectiveFilterHeight,h=e.effectiveFilterWidth,g=e.padInfo.front,x=e.padInfo.top,y=e.padInfo.left;this.outputShape=e.outShape;let w=t==="avg",C="0.0";if(w||(C="-1.0 / 1e-20"),o){this.userCode=`
        const ivec3 strides =
            ivec3(${c}, ${u}, ${i});
        const ivec3 pads = ivec3(${g}, ${x}, ${y});

        void main() {
          ivec5 coords = getOutputCoords();
          int batch = coords.x;
          int ch = coords.u;

          ivec3 xCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
          int xDCorner = xCorner.x;
          int xRCorner = xCorner.y;
          int xCCorner = xCorner.z;

          // max/min x(?, ?, ?, ch) to get y(yD, yR, yC, ch).
          // ? = to be determined
          float minMaxValue = 0.0;
          float minMaxValueFound = 0.0;
          int minMaxPosition = 0;

          for (int wD = 0; wD < ${f};
              wD += ${l}) {
            int xD = xDCorner + wD;

            if (xD < 0 || xD >= ${e.inDepth}) {
              continue;
            }

            for (int wR = 0; wR < ${d};
                wR += ${p}) {
              int xR = xRCorner + wR;

              if (xR < 0 || xR >= ${e.inHeight}) {
                continue;
              }

              for (int wC = 0; wC < ${h};
                  wC += ${m}) {
                int xC = xCCorner + wC;

                if (xC < 0 || xC >= ${e.inWidth}) {
                  continue;
                }

                float value = getX(batch, xD, xR, xC, ch);

                // If a min / max value has already been found, use it. If not,
                // use the current value.
                float currMinMaxValue = mix(
                    value, minMaxValue, minMaxValueFound);
                if (value >= currMinMaxValue) {
                  minMaxValue = value;
                  minMaxValueFound = 1.0;
                  minMaxPosition = ${n?s?`(((batch * ${e.inDepth} + xD) * ${e.inHeight} + xR) * ${e.inWidth} + xC) * ${e.inChannels} + ch`:`((xD * ${e.inHeight} + xR) * ${e.inWidth} + xC) * ${e.inChannels} + ch`:`wD * ${d} * ${h} +
                      wR * ${h} + wC`};
                }
              }
            }
          }
          setOutput(float(minMaxPosition));
        }
      `;return}let T="max",$=`${t}(${t}(${t}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;t==="avg"&&($="avgValue / max(count, 1.0)");let A=Math.floor(a/4)*4,R=a%4,F=`
      if (${w}) {
        avgValue += dot(values, ones);
      } else {
        minMaxValue = ${T}(values, minMaxValue);
      }
    `;this.userCode=`
      const ivec3 strides =
        ivec3(${c}, ${u}, ${i});
      const ivec3 pads = ivec3(${g}, ${x}, ${y});
      const float initializationValue = ${C};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float count = 0.0;

      float getValue(int batch, int xD, int xR, int xC, int ch) {
        if (xC < 0 || xC >= ${e.inWidth}) {
          return initializationValue;
        }
        count += 1.0;
        return getX(batch, xD, xR, xC, ch);
      }

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 xCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
        int xDCorner = xCorner.x;
        int xRCorner = xCorner.y;
        int xCCorner = xCorner.z;

        // max/min x(?, ?, ?, d) to get y(yD, yR, yC, ch).
        // ? = to be determined
        vec4 minMaxValue = vec4(${C});
        float avgValue = 0.0;
        count = 0.0;

        for (int wD = 0; wD < ${f};
            wD += ${l}) {
          int xD = xDCorner + wD;

          if (xD < 0 || xD >= ${e.inDepth}) {
            continue;
          }

          for (int wR = 0; wR < ${d};
            wR += ${p}) {
            int xR = xRCorner + wR;

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${A}; wC += 4) {
              int xC = xCCorner + wC * ${m};

              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${m}, ch),
                getValue(batch, xD, xR, xC + 2 * ${m}, ch),
                getValue(batch, xD, xR, xC + 3 * ${m}, ch)
              );

              ${F}
            }

            int xC = xCCorner + ${A};
            if (${R===1}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                initializationValue,
                initializationValue,
                initializationValue
              );

              ${F}
            } else if (${R===2}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${m}, ch),
                initializationValue,
                initializationValue
              );

              ${F}
            } else if (${R===3}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${m}, ch),
                getValue(batch, xD, xR, xC + 2 * ${m}, ch),
                initializationValue
              );

              ${F}
            }
          }
        }
        setOutput(${$});
      }
    `}};function kte(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e;la(n,"avgPool");let{filterSize:s,strides:a,pad:c,dimRoundingMode:u}=o,i=1;b.assert(S.eitherStridesOrDilationsAreOne(a,i),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${i}'`);let l=S.computePool2DInfo(n.shape,s,a,i,c,u);if(l.filterWidth===1&&l.filterHeight===1&&b.arraysEqual(l.inShape,l.outShape))return Dt({inputs:{x:n},backend:t});let p=new sn(l,"avg",!1);return t.runWebGLProgram(p,[n],"float32")}var _O={kernelName:wn,backendName:"webgl",kernelFunc:kte};v();function _te(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{filterSize:s,strides:a,pad:c,dimRoundingMode:u,dataFormat:i}=o,l=[1,1,1],p=S.computePool3DInfo(n.shape,s,a,l,c,u,i),m=new Ec(p,"avg",!1);return t.runWebGLProgram(m,[n],"float32")}var TO={kernelName:ka,backendName:"webgl",kernelFunc:_te};v();var vg=class{constructor(e){this.variableNames=["dy"],this.outputShape=e.inShape;let t=e.filterHeight,o=e.filterWidth,n=e.strideHeight,s=e.strideWidth,a=e.dilationHeight,c=e.dilationWidth,u=e.effectiveFilterHeight,i=e.effectiveFilterWidth,l=u-1-e.padInfo.top,p=i-1-e.padInfo.left,m=1/(t*o);this.userCode=`
      const ivec2 pads = ivec2(${l}, ${p});
      const float avgMultiplier = float(${m});

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];

        ivec2 dyRCCorner = coords.yz - pads;
        int dyRCorner = dyRCCorner.x;
        int dyCCorner = dyRCCorner.y;

        // Convolve dy(?, ?, d) with pos mask(:, :, d) to get dx(xR, xC, d).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${u};
            wR += ${a}) {
          float dyR = float(dyRCorner + wR) / ${n}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          for (int wC = 0; wC < ${i};
            wC+= ${c}) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            float dyValue = getDy(b, idyR, idyC, d);

            dotProd += dyValue * avgMultiplier;
          }
        }
        setOutput(dotProd);
      }
    `}},Ig=class{constructor(e){this.variableNames=["dy"],this.outputShape=e.inShape;let t=e.filterDepth,o=e.filterHeight,n=e.filterWidth,s=e.strideDepth,a=e.strideHeight,c=e.strideWidth,u=e.dilationDepth,i=e.dilationHeight,l=e.dilationWidth,p=e.effectiveFilterDepth,m=e.effectiveFilterHeight,f=e.effectiveFilterWidth,d=p-1-e.padInfo.front,h=m-1-e.padInfo.top,g=f-1-e.padInfo.left,x=1/(t*o*n);this.userCode=`
      const ivec3 pads = ivec3(${d}, ${h}, ${g});
      const float avgMultiplier = float(${x});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyDCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        // Convolve dy(?, ?, ?, d) with pos mask(:, :, :, ch) to get
        // dx(xD, xR, xC, ch).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int wD = 0; wD < ${p};
            wD += ${u}) {
          float dyD = float(dyDCorner + wD) / ${s}.0;

          if (dyD < 0.0 || dyD >= ${e.outDepth}.0 || fract(dyD) > 0.0) {
            continue;
          }
          int idyD = int(dyD);

          for (int wR = 0; wR < ${m};
              wR += ${i}) {
            float dyR = float(dyRCorner + wR) / ${a}.0;

            if (dyR < 0.0 || dyR >= ${e.outHeight}.0 ||
                fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            for (int wC = 0; wC < ${f};
                wC += ${l}) {
              float dyC = float(dyCCorner + wC) / ${c}.0;

              if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              float dyValue = getDy(batch, idyD, idyR, idyC, ch);

              dotProd += dyValue * avgMultiplier;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function Tte(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,input:s}=e,a=s,{filterSize:c,strides:u,pad:i,dimRoundingMode:l}=o,p=[1,1,1],m=S.computePool3DInfo(a.shape,c,u,p,i,l),f=new Ig(m);return t.runWebGLProgram(f,[n],a.dtype)}var NO={kernelName:Gc,backendName:"webgl",kernelFunc:Tte};v();function Nte(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,input:s}=e,a=s;la([n,s],"avgPoolGrad");let{filterSize:c,strides:u,pad:i}=o,l=S.computePool2DInfo(a.shape,c,u,1,i),p=new vg(l);return t.runWebGLProgram(p,[n],a.dtype)}var EO={kernelName:Vc,backendName:"webgl",kernelFunc:Nte};v();function Ete(r){let{inputs:e,backend:t,attrs:o}=r,{a:n,b:s}=e,{transposeA:a,transposeB:c}=o;return tl({a:n,b:s,transposeA:a,transposeB:c,backend:t})}var $O={kernelName:vn,backendName:"webgl",kernelFunc:Ete};v();v();var Cg=class{constructor(e,t,o,n,s,a){this.outputShape=[],this.variableNames=["x","mean","variance"],S.assertAndGetBroadcastShape(e,t),S.assertAndGetBroadcastShape(e,o);let c="0.0";n!=null&&(S.assertAndGetBroadcastShape(e,n),this.variableNames.push("offset"),c="getOffsetAtOutCoords()");let u="1.0";s!=null&&(S.assertAndGetBroadcastShape(e,s),this.variableNames.push("scale"),u="getScaleAtOutCoords()"),this.outputShape=e,this.userCode=`
      void main() {
        float x = getXAtOutCoords();
        float mean = getMeanAtOutCoords();
        float variance = getVarianceAtOutCoords();
        float offset = ${c};
        float scale = ${u};
        float inv = scale * inversesqrt(variance + float(${a}));
        setOutput(dot(vec3(x, -mean, offset), vec3(inv, inv, 1)));
      }
    `}};v();var Sg=class{constructor(e,t,o,n,s,a){this.packedInputs=!0,this.packedOutput=!0,this.variableNames=["x","mean","variance"],S.assertAndGetBroadcastShape(e,t),S.assertAndGetBroadcastShape(e,o);let c="vec4(0.0)";n!=null&&(S.assertAndGetBroadcastShape(e,n),this.variableNames.push("offset"),c="getOffsetAtOutCoords()");let u="vec4(1.0)";s!=null&&(S.assertAndGetBroadcastShape(e,s),this.variableNames.push("scale"),u="getScaleAtOutCoords()"),this.outputShape=e,this.userCode=`
      void main() {
        vec4 offset = ${c};
        vec4 scale = ${u};

        vec4 x = getXAtOutCoords();
        vec4 mean = getMeanAtOutCoords();
        vec4 variance = getVarianceAtOutCoords();

        vec4 inv = scale * inversesqrt(variance + vec4(${a}));

        setOutput((x - mean) * inv + offset);
      }
    `}};var $te=({inputs:r,backend:e,attrs:t})=>{let{x:o,mean:n,variance:s,offset:a,scale:c}=r;b.assert(n.shape.length===s.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),b.assert(a==null||n.shape.length===a.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),b.assert(c==null||n.shape.length===c.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks.");let{varianceEpsilon:u}=t;u==null&&(u=.001);let i=[o,n,s],l=null;a!=null&&(l=a.shape,i.push(a));let p=null;c!=null&&(p=c.shape,i.push(c));let m=P().getBool("WEBGL_PACK_NORMALIZATION")?new Sg(o.shape,n.shape,s.shape,l,p,u):new Cg(o.shape,n.shape,s.shape,l,p,u);return e.runWebGLProgram(m,i,i[0].dtype)},AO={kernelName:Gn,backendName:"webgl",kernelFunc:$te};v();v();var kg=class{constructor(e){this.variableNames=["source"],this.outputShape=e,this.rank=e.length;let t=$e(this.rank);this.customUniforms=[{name:"start",arrayIndex:this.rank,type:"int"}];let o=Ate(this.rank),n,s=e.map((a,c)=>`sourceLoc.${z0[c]} = start[${c}] + coords.${z0[c]};`);n=`
        ${t} sourceLoc;
        ${t} coords = getOutputCoords();
        ${s.join(`
`)}
      `,this.userCode=`
      void main() {
        ${n}
        setOutput(getSource(${o}));
      }
    `}},z0=["x","y","z","w","u","v"];function Ate(r){if(r===1)return"sourceLoc";if(r<=6)return z0.slice(0,r).map(e=>"sourceLoc."+e).join(",");throw Error(`Slicing for rank ${r} is not yet supported`)}var _g=class{constructor(e){this.variableNames=["source"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e,this.rank=e.length,this.customUniforms=[{name:"start",arrayIndex:this.rank,type:"int"}];let t=$e(this.rank),o=Rt("coords",this.rank),n=Rt("sourceLoc",this.rank),s=this.rank===1?"sourceLoc":`vec2(${n.slice(-2).join()})`,a=`getChannel(getSource(${n.join()}), ${s})`,c=`
      result.x = ${a};
      if (++${o[this.rank-1]} < ${e[this.rank-1]}) {
        ++${n[this.rank-1]};
        result.y = ${a};
        --${n[this.rank-1]};
      }
    `,u=this.rank===1?"":`
      --${o[this.rank-1]};
      if (++${o[this.rank-2]} < ${e[this.rank-2]}) {
        ++${n[this.rank-2]};
        result.z = ${a};
        if (++${o[this.rank-1]} < ${e[this.rank-1]}) {
          ++${n[this.rank-1]};
          result.w = ${a};
        }
      }
    `,i=this.rank<=4?`sourceLoc = coords +
            ${t}(${e.map((l,p)=>`start[${p}]`).join()});`:e.map((l,p)=>`${n[p]} = ${o[p]} + start[${p}];`).join(`
`);this.userCode=`
      void main() {
        ${t} coords = getOutputCoords();
        ${t} sourceLoc;
        ${i}
        vec4 result = vec4(0.);
        ${c}
        ${u}
        setOutput(result);
      }
    `}};function Rte(r,e,t,o){let n=o.texData.get(r.dataId),s=o.makeTensorInfo(t,r.dtype),a=o.texData.get(s.dataId);Object.assign(a,n),a.refCount=1,a.shape=t,a.dtype=r.dtype;let c=bt.computeFlatOffset(e,b.computeStrides(r.shape));n.slice&&(c+=n.slice.flatOffset),a.slice={flatOffset:c,origDataId:n.slice&&n.slice.origDataId||r.dataId};let u=o.dataRefCount.get(a.slice.origDataId)||1;return o.dataRefCount.set(a.slice.origDataId,u+1),s}function an(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{begin:s,size:a}=o,[c,u]=bt.parseSliceParams(n,s,a);if(bt.assertParamsValid(n,c,u),b.sizeFromShape(u)===0)return t.makeTensorInfo(u,n.dtype,[]);if(t.shouldExecuteOnCPU([n])||n.dtype==="string"){let p=t.texData.get(n.dataId),m=IP(p.values,c,u,n.shape,n.dtype);return t.makeTensorInfo(u,n.dtype,m)}let{isPacked:i}=t.texData.get(n.dataId),l=bt.isSliceContinous(n.shape,c,u);if(i||!l){let p=P().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new _g(u):new kg(u),m=[c];return t.runWebGLProgram(p,[n],n.dtype,m)}return t.uploadToGPU(n.dataId),Rte(n,c,u,t)}var RO={kernelName:Ja,backendName:"webgl",kernelFunc:an};var Dte=r=>{let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{blockShape:s,crops:a}=o;b.assert(n.shape.length<=4,()=>"batchToSpaceND for rank > 4 with a WebGL backend not implemented yet");let c=s.reduce((y,w)=>y*w),u=S.getReshaped(n.shape,s,c),i=S.getPermuted(u.length,s.length),l=S.getReshapedPermuted(n.shape,s,c),p=S.getSliceBeginCoords(a,s.length),m=S.getSliceSize(l,a,s.length),f=[],d=se({inputs:{x:n},backend:t,attrs:{shape:u}}),h=yt({inputs:{x:d},backend:t,attrs:{perm:i}}),g=se({inputs:{x:h},backend:t,attrs:{shape:l}}),x=an({inputs:{x:g},backend:t,attrs:{begin:p,size:m}});return f.push(d),f.push(h),f.push(g),f.forEach(y=>t.disposeIntermediateTensorInfo(y)),x},DO={kernelName:_a,backendName:"webgl",kernelFunc:Dte};v();function Fte(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,weights:s}=e,{size:a}=o,c=t.readSync(n.dataId),u=t.readSync(s.dataId),i=sg(c,u,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,i)}var FO={kernelName:In,backendName:"webgl",kernelFunc:Fte};v();var Mte=`
  int r = int(a.r) & int(b.r);
  int g = int(a.g) & int(b.g);
  int rb = int(a.b) & int(b.b);
  int ra = int(a.a) & int(b.a);
  return vec4(r, g, rb, ra);
`,Pte=`
  return float(int(a.r) & int(b.r));
`;function Ote(r){let{inputs:e,backend:t}=r,{a:o,b:n}=e,s=P().getBool("WEBGL_PACK_BINARY_OPERATIONS"),a=P().getNumber("WEBGL_VERSION");if(t.shouldExecuteOnCPU([o,n])||a===1){let u=t.texData.get(o.dataId).values,i=t.texData.get(n.dataId).values,[l,p]=qM(o.shape,n.shape,u,i,o.dtype),m=t.makeTensorInfo(p,o.dtype),f=t.texData.get(m.dataId);return f.values=l,m}let c;return s?c=new Qr(Mte,o.shape,n.shape,!1):c=new Gr(Pte,o.shape,n.shape),t.runWebGLProgram(c,[o,n],o.dtype)}var MO={kernelName:Cn,backendName:"webgl",kernelFunc:Ote};v();function Bte(r){let{inputs:e,backend:t}=r,{s0:o,s1:n}=e,s=t.readSync(o.dataId),a=t.readSync(n.dataId),c=S.assertAndGetBroadcastShape(Array.from(s),Array.from(a));return t.makeTensorInfo([c.length],"int32",Int32Array.from(c))}var PO={kernelName:Ta,backendName:"webgl",kernelFunc:Bte};v();v();v();var Lte="return float(a != b);",H0=it({opSnippet:Lte,cpuKernelImpl:fP,dtype:"bool"}),OO={kernelName:ls,backendName:"webgl",kernelFunc:H0};v();function Pi(r){let{inputs:e,backend:t}=r,{input:o}=e,n=t.texData.get(o.dataId);return Dt({inputs:{x:n.complexTensorInfos.real},backend:t})}var BO={kernelName:nu,backendName:"webgl",kernelFunc:Pi};var Wte="return float(int(x));";function LO(r,e){let t=new lr(r.shape,Wte),o=e.runWebGLProgram(t,[r],"int32");return{dataId:o.dataId,shape:o.shape,dtype:o.dtype}}function q0(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{dtype:s}=o;if(s==="complex64"){if(n.dtype==="complex64")return Dt({inputs:{x:n},backend:t});let a=_o(n.shape),c=q0({inputs:{x:n},backend:t,attrs:{dtype:"float32"}}),u=Ur({inputs:{real:c,imag:a},backend:t});return a.dispose(),t.disposeIntermediateTensorInfo(c),u}if(n.dtype==="complex64"){let a=Pi({inputs:{input:n},backend:t}),c=q0({inputs:{x:a},backend:t,attrs:{dtype:s}});return t.disposeIntermediateTensorInfo(a),c}if(!b.hasEncodingLoss(n.dtype,s)){let a=Dt({inputs:{x:n},backend:t});return{dataId:a.dataId,shape:a.shape,dtype:s}}if(t.shouldExecuteOnCPU([n])){let a=t.texData.get(n.dataId).values,[c,u,i]=KM(a,n.shape,n.dtype,s);return t.makeTensorInfo(c,u,i)}if(s==="int32")return LO(n,t);if(s==="bool"){let a=t.makeTensorInfo([],"bool",b.getTypedArrayFromDType("bool",1)),u=H0({inputs:{a:n,b:a},backend:t});return t.disposeIntermediateTensorInfo(a),u}throw new Error(`Error in Cast: failed to cast ${n.dtype} to ${s}`)}var WO={kernelName:Lo,backendName:"webgl",kernelFunc:q0};v();var VO="return ceil(x);",Vte=ye({opSnippet:VO,packedOpSnippet:VO,cpuKernelImpl:jM}),GO={kernelName:Sn,backendName:"webgl",kernelFunc:Vte};v();var Tg=class{constructor(e){this.variableNames=["A"],this.customUniforms=[{name:"minVal",type:"float"},{name:"maxVal",type:"float"}],this.outputShape=e,this.userCode=`

      void main() {
        float value = getAAtOutCoords();
        if (isnan(value)) {
          setOutput(value);
          return;
        }

        setOutput(clamp(value, minVal, maxVal));
      }
    `}};var Ng=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"minVal",type:"float"},{name:"maxVal",type:"float"}],this.outputShape=e,this.userCode=`
      void main() {
        vec4 value = getAAtOutCoords();

        if (any(isnan(value))) {
          setOutput(value);
          return;
        }

        setOutput(clamp(value, vec4(minVal), vec4(maxVal)));
      }
    `}};function Gte(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{clipValueMin:s,clipValueMax:a}=o,c;P().getBool("WEBGL_PACK_CLIP")?c=new Ng(n.shape):c=new Tg(n.shape);let u=[[s],[a]];return t.runWebGLProgram(c,[n],n.dtype,u)}var UO={kernelName:Wo,backendName:"webgl",kernelFunc:Gte};v();var Eg=class{constructor(e){this.variableNames=["real","imag"],this.outputShape=e,this.userCode=`
      void main() {
        float re = abs(getRealAtOutCoords());
        float im = abs(getImagAtOutCoords());
        float mx = max(re, im);

        // sadly the length function in glsl is not underflow-safe
        // (at least not on Intel GPUs). So the safe solution is
        // to ensure underflow-safety in all cases.
        setOutput(
          mx == 0.0 ? 0.0 : mx * length(vec2(1, min(re, im)/mx))
        );
      }
    `}};function zO(r,e){return{dataId:e.dataId,dtype:e.dtype,shape:r.shape}}function Ute(r){let{inputs:e,backend:t}=r,{x:o}=e,n=t.texData.get(o.dataId),s=new Eg(o.shape),a=[zO(o,n.complexTensorInfos.real),zO(o,n.complexTensorInfos.imag)];return t.runWebGLProgram(s,a,a[0].dtype)}var HO={kernelName:zc,backendName:"webgl",kernelFunc:Ute};v();v();v();var $g=class{constructor(e){this.outputShape=[],this.outputShape=S.computeOutShape(e,1),this.variableNames=e.map((a,c)=>`T${c}`);let t=new Array(e.length-1);t[0]=e[0][1];for(let a=1;a<t.length;a++)t[a]=t[a-1]+e[a][1];let o=[`if (yC < ${t[0]}) setOutput(getT0(yR, yC));`];for(let a=1;a<t.length;a++){let c=t[a-1];o.push(`else if (yC < ${t[a]}) setOutput(getT${a}(yR, yC-${c}));`)}let n=t.length,s=t[t.length-1];o.push(`else setOutput(getT${n}(yR, yC-${s}));`),this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int yR = coords.x;
        int yC = coords.y;

        ${o.join(`
        `)}
      }
    `}};v();var Rg=class{constructor(e,t){this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[],this.outputShape=S.computeOutShape(e,t);let o=this.outputShape,n=o.length,s=$e(n),a=Rt("coords",n),c=["x","y","z","w","u","v"].slice(0,n);this.variableNames=e.map((h,g)=>`T${g}`);let u=new Array(e.length-1);u[0]=e[0][t];for(let h=1;h<u.length;h++)u[h]=u[h-1]+e[h][t];let i=c[t],l=c.slice(-2),p=c.join(),m=`if (${i} < ${u[0]}) {
        return getChannel(
            getT0(${p}), vec2(${l.join()}));
        }`;for(let h=1;h<u.length;h++){let g=u[h-1];m+=`
        if (${i} < ${u[h]}  && ${i} >= ${u[h-1]}) {
          return getChannel(
            getT${h}(${Ag(c,i,g)}),
            vec2(${Ag(l,i,g)}));
        }`}let f=u.length,d=u[u.length-1];m+=`
        return getChannel(
          getT${f}(${Ag(c,i,d)}),
          vec2(${Ag(l,i,d)}));`,this.userCode=`
      float getValue(${c.map(h=>"int "+h)}) {
        ${m}
      }

      void main() {
        ${s} coords = getOutputCoords();
        vec4 result = vec4(getValue(${a}), 0., 0., 0.);

        ${a[n-1]} = ${a[n-1]} + 1;
        if (${a[n-1]} < ${o[n-1]}) {
          result.g = getValue(${a});
        }

        ${a[n-2]} = ${a[n-2]} + 1;
        if (${a[n-2]} < ${o[n-2]}) {
          result.a = getValue(${a});
        }

        ${a[n-1]} = ${a[n-1]} - 1;
        if (${a[n-2]} < ${o[n-2]} &&
            ${a[n-1]} < ${o[n-1]}) {
          result.b = getValue(${a});
        }
        setOutput(result);
      }
    `}};function Ag(r,e,t){let o=r.indexOf(e);return r.map((s,a)=>a===o?`${s} - ${t}`:s).join()}v();function rl(r){let{inputs:e,backend:t}=r,{input:o}=e,n=t.texData.get(o.dataId);return Dt({inputs:{x:n.complexTensorInfos.imag},backend:t})}var qO={kernelName:Zc,backendName:"webgl",kernelFunc:rl};function bp(r,e,t){let o=r[0].dtype;if(o==="complex64"){let f=r.map(y=>Pi({inputs:{input:y},backend:t})),d=r.map(y=>rl({inputs:{input:y},backend:t})),h=bp(f,e,t),g=bp(d,e,t),x=Ur({inputs:{real:h,imag:g},backend:t});return f.forEach(y=>t.disposeIntermediateTensorInfo(y)),d.forEach(y=>t.disposeIntermediateTensorInfo(y)),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(g),x}let n=t.shouldExecuteOnCPU(r);if(o==="string"&&(n=!0),n){let f=r.map(C=>{let $=[-1,b.sizeFromShape(C.shape.slice(e))];return se({inputs:{x:C},backend:t,attrs:{shape:$}})}),d=f.map(C=>({vals:t.readSync(C.dataId),shape:C.shape})),h=S.computeOutShape(f.map(C=>C.shape),1),g=f[0].shape[0]===1,x=XM(d,h,o,g),y=S.computeOutShape(r.map(C=>C.shape),e),w=t.makeTensorInfo(y,o,x);return f.forEach(C=>t.disposeIntermediateTensorInfo(C)),w}let s=r.filter(f=>b.sizeFromShape(f.shape)>0),a=P().getBool("WEBGL_PACK_ARRAY_OPERATIONS")&&s[0].shape.length>1;if(s.length===1){let f=a?new lr(r[0].shape,pa):new Vr(r[0].shape,pa);return t.runWebGLProgram(f,r,o)}let c=P().getNumber("WEBGL_MAX_TEXTURES_IN_SHADER");if(s.length>c){let f=[];for(let h=0;h<s.length;h+=c){let g=s.slice(h,h+c);f.push(bp(g,e,t))}let d=bp(f,e,t);for(let h of f)t.disposeIntermediateTensorInfo(h);return d}if(a){let f=new Rg(s.map(d=>d.shape),e);return t.runWebGLProgram(f,s,o)}let{tensors2D:u,outShape:i}=zte(s,e,t),l=new $g(u.map(f=>f.shape)),p=t.runWebGLProgram(l,u,o);u.forEach(f=>t.disposeIntermediateTensorInfo(f));let m=se({inputs:{x:p},attrs:{shape:i},backend:t});return t.disposeIntermediateTensorInfo(p),m}function zte(r,e,t){let o=S.computeOutShape(r.map(s=>s.shape),e);return{tensors2D:r.map(s=>se({inputs:{x:s},attrs:{shape:[-1,b.sizeFromShape(s.shape.slice(e))]},backend:t})),outShape:o}}function K0(r){let{inputs:e,backend:t,attrs:o}=r,{axis:n}=o,s=b.parseAxisParam(n,e[0].shape)[0],a=e.map(i=>i.shape);S.assertParamsConsistent(a,s);let c=S.computeOutShape(e.map(i=>i.shape),s);if(b.sizeFromShape(c)===0)return t.makeTensorInfo(c,e[0].dtype,[]);let u=e.filter(i=>b.sizeFromShape(i.shape)>0);return u.length===1?Dt({inputs:{x:u[0]},backend:t}):bp(u,s,t)}var KO={kernelName:Na,backendName:"webgl",kernelFunc:K0};v();var yp=class{constructor(e,t=!1,o=null,n=!1,s=!1){this.variableNames=["x","W"],this.outputShape=e.outShape;let a=e.padInfo.top,c=e.padInfo.left,u=e.strideHeight,i=e.strideWidth,l=e.dilationHeight,p=e.dilationWidth,m=e.filterHeight,f=e.filterWidth,d=Math.floor(e.inChannels/4)*4,h=e.inChannels%4,g=e.dataFormat==="channelsLast",x=g?1:2,y=g?2:3,w=g?3:1,C="",T="";o&&(n?C=`float activation(float a) {
          float b = getPreluActivationWeightsAtOutCoords();
          ${o}
        }`:s?C=`float activation(float a) {
          float b = getLeakyreluAlphaAtOutCoords();
          ${o}
        }`:C=`
          float activation(float x) {
            ${o}
          }
        `,T="result = activation(result);");let $=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),n&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${C}

      const ivec2 strides = ivec2(${u}, ${i});
      const ivec2 pads = ivec2(${a}, ${c});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d2 = coords[${w}];

        ivec2 xRCCorner =
            ivec2(coords[${x}], coords[${y}]) * strides - pads;
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // Convolve x(?, ?, d1) with w(:, :, d1, d2) to get y(yR, yC, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${m}; wR++) {
          int xR = xRCorner + wR * ${l};

          if (xR < 0 || xR >= ${e.inHeight}) {
            continue;
          }

          for (int wC = 0; wC < ${f}; wC++) {
            int xC = xCCorner + wC * ${p};

            if (xC < 0 || xC >= ${e.inWidth}) {
              continue;
            }

            for (int d1 = 0; d1 < ${d}; d1 += 4) {
              vec4 wValues = vec4(
                getW(wR, wC, d1, d2),
                getW(wR, wC, d1 + 1, d2),
                getW(wR, wC, d1 + 2, d2),
                getW(wR, wC, d1 + 3, d2)
              );

              if (${g}) {
                vec4 xValues = vec4(
                  getX(batch, xR, xC, d1),
                  getX(batch, xR, xC, d1 + 1),
                  getX(batch, xR, xC, d1 + 2),
                  getX(batch, xR, xC, d1 + 3)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec4 xValues = vec4(
                  getX(batch, d1, xR, xC),
                  getX(batch, d1 + 1, xR, xC),
                  getX(batch, d1 + 2, xR, xC),
                  getX(batch, d1 + 3, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }
            }

            if (${h===1}) {

              if (${g}) {
                dotProd +=
                    getX(batch, xR, xC, ${d}) *
                    getW(wR, wC, ${d}, d2);
              } else {
                dotProd +=
                    getX(batch, ${d}, xR, xC) *
                    getW(wR, wC, ${d}, d2);
              }

            } else if (${h===2}) {
              vec2 wValues = vec2(
                getW(wR, wC, ${d}, d2),
                getW(wR, wC, ${d} + 1, d2)
              );

              if (${g}) {
                vec2 xValues = vec2(
                  getX(batch, xR, xC, ${d}),
                  getX(batch, xR, xC, ${d} + 1)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec2 xValues = vec2(
                  getX(batch, ${d}, xR, xC),
                  getX(batch, ${d} + 1, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }

            } else if (${h===3}) {
              vec3 wValues = vec3(
                getW(wR, wC, ${d}, d2),
                getW(wR, wC, ${d} + 1, d2),
                getW(wR, wC, ${d} + 2, d2)
              );

              if (${g}) {
                vec3 xValues = vec3(
                  getX(batch, xR, xC, ${d}),
                  getX(batch, xR, xC, ${d} + 1),
                  getX(batch, xR, xC, ${d} + 2)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec3 xValues = vec3(
                  getX(batch, ${d}, xR, xC),
                  getX(batch, ${d} + 1, xR, xC),
                  getX(batch, ${d} + 2, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }

            }
          }
        }

        float result = dotProd;
        ${$}
        ${T}
        setOutput(result);
      }
    `}},Dg=class{constructor(e){this.variableNames=["x","W"],this.outputShape=e.outShape;let t=e.padInfo.front,o=e.padInfo.top,n=e.padInfo.left,s=e.strideDepth,a=e.strideHeight,c=e.strideWidth,u=e.dilationDepth,i=e.dilationHeight,l=e.dilationWidth,p=e.filterDepth,m=e.filterHeight,f=e.filterWidth,d=Math.floor(e.inChannels/4)*4,h=e.inChannels%4;this.userCode=`
      const ivec3 strides = ivec3(${s}, ${a}, ${c});
      const ivec3 pads = ivec3(${t}, ${o}, ${n});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int d2 = coords.u;

        ivec3 xFRCCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
        int xFCorner = xFRCCorner.x;
        int xRCorner = xFRCCorner.y;
        int xCCorner = xFRCCorner.z;

        // Convolve x(?, ?, ?, d1) with w(:, :, :, d1, d2) to get
        // y(yF, yR, yC, d2). ? = to be determined. : = across all
        // values in that axis.
        float dotProd = 0.0;
        for (int wF = 0; wF < ${p}; wF++) {
          int xF = xFCorner + wF * ${u};

          if (xF < 0 || xF >= ${e.inDepth}) {
            continue;
          }

          for (int wR = 0; wR < ${m}; wR++) {
            int xR = xRCorner + wR * ${i};

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${f}; wC++) {
              int xC = xCCorner + wC * ${l};

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              for (int d1 = 0; d1 < ${d}; d1 += 4) {
                vec4 xValues = vec4(
                  getX(batch, xF, xR, xC, d1),
                  getX(batch, xF, xR, xC, d1 + 1),
                  getX(batch, xF, xR, xC, d1 + 2),
                  getX(batch, xF, xR, xC, d1 + 3)
                );
                vec4 wValues = vec4(
                  getW(wF, wR, wC, d1, d2),
                  getW(wF, wR, wC, d1 + 1, d2),
                  getW(wF, wR, wC, d1 + 2, d2),
                  getW(wF, wR, wC, d1 + 3, d2)
                );

                dotProd += dot(xValues, wValues);
              }

              if (${h===1}) {
                dotProd +=
                  getX(batch, xF, xR, xC, ${d}) *
                  getW(wF, wR, wC, ${d}, d2);
              } else if (${h===2}) {
                vec2 xValues = vec2(
                  getX(batch, xF, xR, xC, ${d}),
                  getX(batch, xF, xR, xC, ${d} + 1)
                );
                vec2 wValues = vec2(
                  getW(wF, wR, wC, ${d}, d2),
                  getW(wF, wR, wC, ${d} + 1, d2)
                );
                dotProd += dot(xValues, wValues);
              } else if (${h===3}) {
                vec3 xValues = vec3(
                  getX(batch, xF, xR, xC, ${d}),
                  getX(batch, xF, xR, xC, ${d} + 1),
                  getX(batch, xF, xR, xC, ${d} + 2)
                );
                vec3 wValues = vec3(
                  getW(wF, wR, wC, ${d}, d2),
                  getW(wF, wR, wC, ${d} + 1, d2),
                  getW(wF, wR, wC, ${d} + 2, d2)
                );
                dotProd += dot(xValues, wValues);
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}};v();var wp=class{constructor(e,t=!1,o=null,n=!1,s=!1){this.variableNames=["x","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=e.outShape,this.enableShapeUniforms=lt(this.outputShape.length);let a=e.padInfo.left,c=e.strideWidth,u=e.dilationWidth,i=e.filterHeight,l=e.filterWidth,p=l,m=`
       int xR; int xC; int xCOffset;
       vec4 wTexel; vec4 previous; vec4 final;`;for(let g=0;g<l;g++)m+=`
           vec4 xTexelC${g*2};
           int xTexelC${g*2}Ready;
           vec4 xTexelC${g*2+1};
           int xTexelC${g*2+1}Ready;
           vec4 xC${g};`;m+=`
     for (int r = 0; r < ${i}; r++) {
      for (int d1 = 0; d1 < ${e.inChannels}; d1 += 2) {
       `;for(let g=0;g<l;g++)m+=`
           xTexelC${g*2} = vec4(0.0);
           xTexelC${g*2}Ready = 0;
           xTexelC${g*2+1} = vec4(0.0);
           xTexelC${g*2+1}Ready = 0;
           xC${g} = vec4(0.0);`;m+=`
         xR = xRCorner + r * dilations[0];
         if (xR >=0 && xR < inDims[0]) {
       `;for(let g=0;g<(p+1)/2;g++){let x=g*2;if(m+=`
           xC = xCCorner + ${x*u};
           `,c===1){if(x<l&&(a%2===1?(m+=`
                 xCOffset = xC + 1;
                 if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xCOffset, d1);

                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }
               `,u===1&&x>0?m+=`
                 xC${x} = vec4(xTexelC${x-2}.zw, xTexelC${x}.xy);
                 `:m+=`
                   xCOffset = xC + 1 - 2;

                   if (xCOffset >= 0 && xCOffset < inDims[1]) {
                     previous = getX(batch, xR, xCOffset, d1);

                     // Need to manually clear unused channels in case
                     // we're reading from recycled texture.
                     if (xCOffset + 1 >= inDims[1]) {
                       previous.zw = vec2(0.0);
                     }

                     xC${x} = vec4(previous.zw, xTexelC${x}.xy);
                   } else {
                     xC${x} = vec4(0.0, 0.0, xTexelC${x}.xy);
                   }
                   `):m+=`
                 if (xC >= 0 && xC < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xC, d1);
                   if (xC + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }

                 xC${x} = xTexelC${x};
                 `,x+1<l)){let y=a%2===0?b.nearestLargerEven(u):u;u%2===0&&a%2===1||u%2!==0&&a%2!==1?(m+=`
                   xCOffset = xC + imod(pads[1], 2) + ${y};

                   if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                     xTexelC${x+1} = getX(batch, xR, xCOffset, d1);

                     // Need to manually clear unused channels in case
                     // we're reading from recycled texture.
                     if (xCOffset + 1 >= inDims[1]) {
                       xTexelC${x+1}.zw = vec2(0.0);
                     }
                     xTexelC${x+1}Ready = 1;
                   }
                   `,u>1?m+=`
                     xCOffset -= 2;
                     if (xCOffset >= 0 && xCOffset < inDims[1]) {
                      previous = getX(batch, xR, xCOffset, d1);
                      xC${x+1} = vec4(previous.zw, xTexelC${x+1}.xy);
                     } else {
                      xC${x+1} = vec4(0.0, 0.0, xTexelC${x+1}.xy);
                     }
                     `:m+=`
                     xC${x+1} = vec4(xTexelC${x}.zw, xTexelC${x+1}.xy);
                     `):y===1?m+=`
                     xC${x+1} = xTexelC${x};
                     `:m+=`
                     xCOffset = xC + ${y};

                     if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                       xTexelC${x+1} = getX(batch, xR, xCOffset, d1);
                       if (xCOffset + 1 >= inDims[1]) {
                         xTexelC${x+1}.zw = vec2(0.0);
                       }
                       xTexelC${x+1}Ready = 1;
                     }

                     xC${x+1} = xTexelC${x+1};
                     `}}else x<l&&(a%2===1?(m+=`
                 xCOffset = xC + 1 - strides[1];
                 if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xCOffset, d1);
                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }

                 if(xC + 1 >= 0 && xC + 1 < inDims[1] && xTexelC${x+1}Ready == 0) {
                   xTexelC${x+1} = getX(batch, xR, xC + 1, d1);
                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xC + 2 >= inDims[1]) {
                     xTexelC${x+1}.zw = vec2(0.0);
                   }
                   xTexelC${x+1}Ready = 1;
                 }

                 xC${x} = vec4(xTexelC${x}.zw, xTexelC${x+1}.zw);
               `,x+1<l&&(m+=`
                   final = vec4(0.0);
                   xCOffset = xC + 1 + strides[1];
                   if(xCOffset >= 0 && xCOffset < inDims[1]) {
                     final = getX(batch, xR, xCOffset, d1);
                   }
                   xC${x+1} = vec4(xTexelC${x+1}.xy, final.xy);
                 `)):(m+=`
                 if(xC >= 0 && xC < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xC, d1);
                   if (xC + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }

                 xCOffset = xC + strides[1];
                 if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                   xTexelC${x+1} = getX(batch, xR, xCOffset, d1);
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${x+1}.zw = vec2(0.);
                   }
                   xTexelC${x+1}Ready = 1;
                 }

                 xC${x} = vec4(
                   xTexelC${x}.xy, xTexelC${x+1}.xy);
               `,x+1<l&&(m+=`
                   xC${x+1} = vec4(xTexelC${x}.zw, xTexelC${x+1}.zw);
                 `)));x<l&&(m+=`
             wTexel = getW(r, ${x}, d1, d2);
             dotProd += xC${x}.xxzz * vec4(wTexel.xy, wTexel.xy);
             if(d1 + 1 < ${e.inChannels}) {
               dotProd += xC${x}.yyww * vec4(wTexel.zw, wTexel.zw);
             }
           `,x+1<l&&(m+=`
               wTexel = getW(r, ${x+1}, d1, d2);
               dotProd += xC${x+1}.xxzz * vec4(wTexel.xy, wTexel.xy);
               if(d1 + 1 < ${e.inChannels}) {
                 dotProd += xC${x+1}.yyww * vec4(wTexel.zw, wTexel.zw);
               }
             `))}m+=`
     }
   `,m+=`
     }
   `,m+=`
     }
   `;let f="",d="";o&&(n?f=`vec4 activation(vec4 a) {
           vec4 b = getPreluActivationWeightsAtOutCoords();
           ${o}
         }`:s?f=`vec4 activation(vec4 a) {
           vec4 b = getLeakyreluAlphaAtOutCoords();
           ${o}
         }`:f=`vec4 activation(vec4 x) {
           ${o}
         }`,d="result = activation(result);");let h=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),n&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
       ${f}

       void main() {
         ivec4 coords = getOutputCoords();
         int batch = coords.x;
         ivec2 xRCCorner = coords.yz * strides - pads;
         int d2 = coords.w;
         int xRCorner = xRCCorner.x;
         int xCCorner = xRCCorner.y;

         //intialize dotProd with a small epsilon seems to reduce GPU accuracy loss.
         vec4 dotProd = vec4(0.000000000000001);

         ${m}

         vec4 result = dotProd - vec4(0.000000000000001);
         ${h}
         ${d}
         setOutput(result);
       }
     `}};v();var Fg=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"inputShape",type:"ivec4"},{name:"pad",type:"ivec2"},{name:"stride",type:"ivec2"},{name:"dilation",type:"ivec2"},{name:"inChannels",type:"int"},{name:"itemsPerBlockRow",type:"int"},{name:"outWidth",type:"int"}],this.outputShape=e,this.enableShapeUniforms=lt(this.outputShape.length);let{dataFormat:o}=t,n=kt(),s=o==="channelsLast",a=s?1:2,c=s?2:3,u=this.enableShapeUniforms?"if(blockIndex < outShape[2] && pos < outShape[1]) {":`if(blockIndex < ${e[2]} && pos < ${e[1]}) {`,i="";for(let l=0;l<=1;l++)for(let p=0;p<=1;p++)i+=`
          blockIndex = rc.z + ${p};
          pos = rc.y + ${l};

          ${u}
            offsetY = int(blockIndex / outWidth) * stride[0] - pad[0];
            d0 = offsetY + dilation[0] * (pos / itemsPerBlockRow);

            if(d0 < inputShape[${a}] && d0 >= 0) {
              // Use custom imod instead mod. On Intel GPU, mod may generate
              // unexpected value.
              // https://github.com/tensorflow/tfjs/issues/5447
              offsetX = imod(blockIndex, outWidth) * stride[1] - pad[1];
              d1 = offsetX + dilation[1] * (imod(pos, itemsPerBlockRow) /
                  inChannels);

              if(d1 < inputShape[${c}] && d1 >= 0) {

                ch = imod(pos, inChannels);

                if (${s}) {
                  innerDims = vec2(d1, ch);
                  result[${l*2+p}] = getChannel(
                    getA(rc.x, d0, int(innerDims.x),
                    int(innerDims.y)), innerDims);
                } else {
                  innerDims = vec2(d0, d1);
                  result[${l*2+p}] = getChannel(
                    getA(rc.x, ch, int(innerDims.x),
                    int(innerDims.y)), innerDims);
                }
              }
            }
          }
        `;this.userCode=`
      void main() {
        ivec3 rc = getOutputCoords();

        vec4 result = vec4(0);

        int blockIndex, pos, offsetY, d0, offsetX, d1, ch;
        vec2 innerDims;

        ${i}

        ${n.output} = result;
      }
    `}};function Mg(r,e){let t=r.length;return t>=3?e?[...r.slice(0,-3),r[t-3]*r[t-2],r[t-1]]:[...r.slice(0,-3),r[t-3],r[t-2]*r[t-1]]:!e&&t===1&&r[0]>1?[r[0],1]:null}function Pg({x:r,filter:e,convInfo:t,backend:o,bias:n=null,preluActivationWeights:s=null,leakyreluAlpha:a=0,activation:c=null}){let u=r.shape,i=o.texData.get(r.dataId),l=t.inChannels,p=u[0]*u[1]*u[2],m=t.outChannels,f=t.dataFormat==="channelsLast",d=!1,h=!1,g,x=[];if(s!=null){let C=Mg(s.shape,f);C!=null&&(s=se({inputs:{x:s},backend:o,attrs:{shape:C}}),x.push(s))}if(n!=null){let C=Mg(n.shape,f);C!=null&&(n=se({inputs:{x:n},backend:o,attrs:{shape:C}}),x.push(n))}if(!((p===1||m===1)&&l>U0)&&i.isPacked&&f&&i.texture!=null&&u[2]%2!==0&&b.arraysEqual(i.shape.slice(-3),u.slice(-3))){let C=u[0]*u[1]*(u[2]+1),T={dataId:r.dataId,shape:[1,C,t.inChannels],dtype:r.dtype},$=i.shape;i.shape=i.shape.slice(),i.shape[i.shape.length-2]++,b.assert(Yu(i.shape,T.shape),()=>`packed reshape ${i.shape} to ${T.shape} isn't free`);let A=se({inputs:{x:e},backend:o,attrs:{shape:[1,t.inChannels,t.outChannels]}});x.push(A);let R=tl({a:T,b:A,backend:o,transposeA:d,transposeB:h,bias:n,activation:c,preluActivationWeights:s,leakyreluAlpha:a}),F=o.texData.get(R.dataId);b.assert(F.isPacked,()=>"batchMatMul result is expected to be packed"),i.shape=$,F.shape=t.outShape,g=Dt({inputs:{x:R},backend:o}),g.shape=t.outShape,x.push(R)}else{let C=t.outHeight*t.outWidth,T=se({inputs:{x:r},backend:o,attrs:{shape:f?[t.batchSize,C,t.inChannels]:[t.batchSize,t.inChannels,C]}}),$=se({inputs:{x:e},backend:o,attrs:{shape:[1,t.inChannels,t.outChannels]}}),A=tl({a:f?T:$,b:f?$:T,transposeA:!f,transposeB:h,backend:o,bias:n,activation:c,preluActivationWeights:s,leakyreluAlpha:a});g=se({inputs:{x:A},backend:o,attrs:{shape:t.outShape}}),x.push(T),x.push($),x.push(A)}for(let C of x)o.disposeIntermediateTensorInfo(C);return g}function Og({x:r,filter:e,convInfo:t,backend:o,bias:n=null,preluActivationWeights:s=null,leakyreluAlpha:a=0,activation:c=null}){let{filterWidth:u,filterHeight:i,inChannels:l,outWidth:p,outHeight:m,dataFormat:f}=t,d=f==="channelsLast",h=u*i*l,g=m*p,x=[t.batchSize,h,g],y=!0,w=!1,C=[];if(s!=null){let J=Mg(s.shape,d);J!=null&&(s=se({inputs:{x:s},backend:o,attrs:{shape:J}}),C.push(s))}if(n!=null){let J=Mg(n.shape,d);J!=null&&(n=se({inputs:{x:n},backend:o,attrs:{shape:J}}),C.push(n))}let T=se({inputs:{x:e},backend:o,attrs:{shape:[1,h,b.sizeFromShape(e.shape)/h]}});C.push(T);let $=new Fg(x,t),A=[r.shape,[t.padInfo.top,t.padInfo.left],[t.strideHeight,t.strideWidth],[t.dilationHeight,t.dilationWidth],[t.inChannels],[t.filterWidth*t.inChannels],[t.outWidth]],R=o.runWebGLProgram($,[r],"float32",A),F=se({inputs:{x:R},backend:o,attrs:{shape:x}});C.push(R),C.push(F);let M=n!=null,L=s!=null,W=c==="leakyrelu",G=c?Mi(c,!0):null,q=new xp(d?F.shape:T.shape,d?T.shape:F.shape,d?[t.batchSize,g,t.outChannels]:[t.batchSize,t.outChannels,g],y,w,M,G,L,W),H=d?[F,T]:[T,F];if(n&&H.push(n),L&&H.push(s),W){let J=o.makeTensorInfo([],"float32",b.createScalarValue(a,"float32"));H.push(J),C.push(J)}let j=o.runWebGLProgram(q,H,"float32"),X=se({inputs:{x:j},backend:o,attrs:{shape:t.outShape}});C.push(j);for(let J of C)o.disposeIntermediateTensorInfo(J);return X}function Hte(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s}=e,{strides:a,pad:c,dataFormat:u,dilations:i,dimRoundingMode:l}=o,p=S.convertConv2DDataFormat(u),m=S.computeConv2DInfo(n.shape,s.shape,a,i,c,l,!1,p),f;if(m.filterHeight===1&&m.filterWidth===1&&m.dilationHeight===1&&m.dilationWidth===1&&m.strideHeight===1&&m.strideWidth===1&&(m.padInfo.type==="SAME"||m.padInfo.type==="VALID"))f=Pg({x:n,filter:s,convInfo:m,backend:t});else if(m.strideWidth<=2&&p==="channelsLast"&&P().getBool("WEBGL_EXP_CONV")){let h=new wp(m),g=[[m.padInfo.top,m.padInfo.left],[m.strideHeight,m.strideWidth],[m.dilationHeight,m.dilationWidth],[m.inHeight,m.inWidth]];f=t.runWebGLProgram(h,[n,s],"float32",g)}else if(P().getBool("WEBGL_CONV_IM2COL"))f=Og({x:n,filter:s,convInfo:m,backend:t});else{let h=new yp(m);f=t.runWebGLProgram(h,[n,s],"float32")}let d=se({inputs:{x:f},backend:t,attrs:{shape:m.outShape}});return t.disposeIntermediateTensorInfo(f),d}var jO={kernelName:kn,backendName:"webgl",kernelFunc:Hte};v();var Bg=class{constructor(e){this.variableNames=["x","dy"],this.outputShape=e.filterShape;let t=e.strideHeight,o=e.strideWidth,n=e.padInfo.top,s=e.padInfo.left,a=e.dataFormat==="channelsLast";this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int wR = coords.x;
        int wC = coords.y;
        int d1 = coords.z;
        int d2 = coords.w;

        // Convolve x(?, ?, d1) with dy(:, :, d2) to get dw(wR, wC, d1, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int b = 0; b < ${e.batchSize}; b++) {
          for (int yR = 0; yR < ${e.outHeight}; yR++) {
            int xR = wR + yR * ${t} - ${n};

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int yC = 0; yC < ${e.outWidth}; yC++) {
              int xC = wC + yC * ${o} - ${s};

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              ${a?`float dyValue = getDy(b, yR, yC, d2);
              float xValue = getX(b, xR, xC, d1);
              dotProd += (xValue * dyValue);`:`float dyValue = getDy(b, d2, yR, yC);
              float xValue = getX(b, d1, xR, xC);
              dotProd += (xValue * dyValue);`}
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Lg=class{constructor(e){this.variableNames=["dy","W"],this.outputShape=e.inShape;let t=e.filterHeight,o=e.filterWidth,n=e.strideHeight,s=e.strideWidth,a=e.dataFormat==="channelsLast",c=t-1-e.padInfo.top,u=o-1-e.padInfo.left,i=a?1:2,l=a?2:3,p=a?3:1;this.userCode=`
      const ivec2 pads = ivec2(${c}, ${u});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[${p}];

        ivec2 dyCorner = ivec2(coords[${i}], coords[${l}]) - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        // Convolve dy(?, ?, d2) with w(:, :, d1, d2) to compute dx(xR, xC, d1).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${t}; wR++) {
          float dyR = float(dyRCorner + wR) / ${n}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          int wRPerm = ${t} - 1 - wR;

          for (int wC = 0; wC < ${o}; wC++) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            int wCPerm = ${o} - 1 - wC;

            for (int d2 = 0; d2 < ${e.outChannels}; d2++) {

              if (${a}) {
                float xValue = getDy(batch, idyR, idyC, d2);
                float wValue = getW(wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              } else {
                float xValue = getDy(batch, d2, idyR, idyC);
                float wValue = getW(wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              }

            }
          }
        }
        setOutput(dotProd);
      }
    `}},Wg=class{constructor(e){this.variableNames=["x","dy"],this.outputShape=e.filterShape;let t=e.strideDepth,o=e.strideHeight,n=e.strideWidth,s=e.padInfo.front,a=e.padInfo.top,c=e.padInfo.left;this.userCode=`
      void main() {
        ivec5 coords = getOutputCoords();
        int wF = coords.x;
        int wR = coords.y;
        int wC = coords.z;
        int d1 = coords.w;
        int d2 = coords.u;

        float dotProd = 0.0;

        for (int b = 0; b < ${e.batchSize}; b++) {
          for (int yF = 0; yF < ${e.outDepth}; yF++) {
            int xF = wF + yF * ${t} - ${s};

            if (xF < 0 || xF >= ${e.inDepth}) {
              continue;
            }

            for (int yR = 0; yR < ${e.outHeight}; yR++) {
              int xR = wR + yR * ${o} - ${a};

              if (xR < 0 || xR >= ${e.inHeight}) {
                continue;
              }

              for (int yC = 0; yC < ${e.outWidth}; yC++) {
                int xC = wC + yC * ${n} - ${c};

                if (xC < 0 || xC >= ${e.inWidth}) {
                  continue;
                }

                float dyValue = getDy(b, yF, yR, yC, d2);
                float xValue = getX(b, xF, xR, xC, d1);
                dotProd += (xValue * dyValue);
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Vg=class{constructor(e){this.variableNames=["dy","W"],this.outputShape=e.inShape;let t=e.filterDepth,o=e.filterHeight,n=e.filterWidth,s=e.strideDepth,a=e.strideHeight,c=e.strideWidth,u=t-1-e.padInfo.front,i=o-1-e.padInfo.top,l=n-1-e.padInfo.left;this.userCode=`
      const ivec3 pads = ivec3(${u}, ${i}, ${l});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int d1 = coords.u;


        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyFCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        float dotProd = 0.0;
        for (int wF = 0; wF < ${t}; wF++) {
          float dyF = float(dyFCorner + wF) / ${s}.0;

          if (dyF < 0.0 || dyF >= ${e.outDepth}.0 || fract(dyF) > 0.0) {
            continue;
          }
          int idyF = int(dyF);

          int wFPerm = ${t} - 1 - wF;

          for (int wR = 0; wR < ${o}; wR++) {
            float dyR = float(dyRCorner + wR) / ${a}.0;

            if (dyR < 0.0 || dyR >= ${e.outHeight}.0 ||
              fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            int wRPerm = ${o} - 1 - wR;

            for (int wC = 0; wC < ${n}; wC++) {
              float dyC = float(dyCCorner + wC) / ${c}.0;

              if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              int wCPerm = ${n} - 1 - wC;

              for (int d2 = 0; d2 < ${e.outChannels}; d2++) {
                float xValue = getDy(batch, idyF, idyR, idyC, d2);
                float wValue = getW(wFPerm, wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function qte(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,dy:s}=e,{strides:a,pad:c,dataFormat:u,dimRoundingMode:i,filterShape:l}=o,p=S.convertConv2DDataFormat(u),m=S.computeConv2DInfo(n.shape,l,a,1,c,i,!1,p),f=new Bg(m);return t.runWebGLProgram(f,[n,s],"float32")}var XO={kernelName:Hc,backendName:"webgl",kernelFunc:qte};v();var Gg=class{constructor(e){this.variableNames=["dy","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"strides",type:"vec2"}],this.outputShape=e.inShape,this.enableShapeUniforms=lt(this.outputShape.length);let t=e.filterHeight,o=e.filterWidth,n=t-1-e.padInfo.top,s=o-1-e.padInfo.left;this.userCode=`
      const ivec2 pads = ivec2(${n}, ${s});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[3];

        ivec2 dyCorner = ivec2(coords[1], coords[2]) - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        vec4 result = vec4(0.);
        for (int wR = 0; wR < ${t}; wR++) {
          float dyR = float(dyRCorner + wR) / strides[0];
          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);
          int wRPerm = ${t} - 1 - wR;

          for (int wC = 0; wC < ${o}; wC++) {
            int wCPerm = ${o} - 1 - wC;

            float dyC = float(dyCCorner + wC) / strides[1];
            bool idyCVal = (dyC >= 0.0) && (dyC < ${e.outWidth}.0)
              && (fract(dyC) == 0.0);
            int idyC = int(dyC);

            float dyC2 = float(dyCCorner + wC + 1) / strides[1];
            bool idyCVal2 = (dyC2 >= 0.0) && (dyC2 < ${e.outWidth}.0)
              && (fract(dyC2) == 0.0);
            int idyC2 = int(dyC2);

            if (idyCVal && idyCVal2) {
              for (int d2 = 0; d2 < ${e.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC, d2);
                vec4 dySample2 = (idyC / 2 == idyC2 / 2) ?
                  dySample : getDy(batch, idyR, idyC2, d2);

                vec2 dyValue = mod(float(idyC), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.xy += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));

                dyValue = mod(float(idyC2), 2.) == 0. ?
                  dySample2.xy : dySample2.zw;
                result.zw += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            } else if (idyCVal) {
              for (int d2 = 0; d2 < ${e.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC, d2);
                vec2 dyValue = mod(float(idyC), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.xy += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            } else if (idyCVal2) {
              for (int d2 = 0; d2 < ${e.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC2, d2);
                vec2 dyValue = mod(float(idyC2), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.zw += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            }
          }
        }
        setOutput(result);
      }
    `}};function Kte(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,filter:s}=e,{inputShape:a,strides:c,pad:u,dataFormat:i,dimRoundingMode:l}=o,p=S.convertConv2DDataFormat(i),m=S.computeConv2DInfo(a,s.shape,c,1,u,l,!1,p);if(P().getBool("WEBGL_PACK_CONV2DTRANSPOSE")&&p==="channelsLast"){let f=[[m.strideHeight,m.strideWidth]],d=new Gg(m);return t.runWebGLProgram(d,[n,s],"float32",f)}else{let f=new Lg(m);return t.runWebGLProgram(f,[n,s],"float32")}}var YO={kernelName:_n,backendName:"webgl",kernelFunc:Kte};v();function jte(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s}=e,{strides:a,pad:c,dilations:u}=o,i=S.computeConv3DInfo(n.shape,s.shape,a,u,c),l=new Dg(i);return t.runWebGLProgram(l,[n,s],"float32")}var JO={kernelName:Tn,backendName:"webgl",kernelFunc:jte};v();function Xte(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,dy:s}=e,{strides:a,pad:c,filterShape:u}=o,i=S.computeConv3DInfo(n.shape,u,a,1,c),l=new Wg(i);return t.runWebGLProgram(l,[n,s],"float32")}var ZO={kernelName:qi,backendName:"webgl",kernelFunc:Xte};v();function Yte(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,filter:s}=e,{pad:a,strides:c,inputShape:u}=o,i=S.computeConv3DInfo(u,s.shape,c,1,a),l=new Vg(i);return t.runWebGLProgram(l,[n,s],"float32")}var QO={kernelName:Nn,backendName:"webgl",kernelFunc:Yte};v();var Jte=Do+`
  return cos(x);
`,Zte=`
  vec4 result = cos(x);
  bvec4 isNaN = isnan(x);
  ${eo}
  return result;
`,Qte=ye({opSnippet:Jte,packedOpSnippet:Zte}),e3={kernelName:"Cos",backendName:"webgl",kernelFunc:Qte};v();var ere=`
  float e2x = exp(-x);
  return (e2x + 1.0 / e2x) / 2.0;
`,tre=ye({opSnippet:ere}),t3={kernelName:En,backendName:"webgl",kernelFunc:tre};v();var Ug=class{constructor(e,t,o,n,s){this.variableNames=["Image","Boxes","BoxInd"],this.outputShape=[];let[a,c,u,i]=e,[l]=t,[p,m]=o;this.outputShape=[l,p,m,i];let f=n==="bilinear"?1:0,[d,h]=[`${c-1}.0`,`${u-1}.0`],[g,x,y]=p>1?[`${(c-1)/(p-1)}`,"(y2-y1) * height_ratio",`y1*${d} + float(y)*(height_scale)`]:["0.0","0.0",`0.5 * (y1+y2) * ${d}`],[w,C,T]=m>1?[`${(u-1)/(m-1)}`,"(x2-x1) * width_ratio",`x1*${h} + float(x)*(width_scale)`]:["0.0","0.0",`0.5 * (x1+x2) * ${h}`];this.userCode=`
      const float height_ratio = float(${g});
      const float width_ratio = float(${w});
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int y = coords[1];
        int x = coords[2];
        int d = coords[3];

        // get box vals
        float y1 = getBoxes(b,0);
        float x1 = getBoxes(b,1);
        float y2 = getBoxes(b,2);
        float x2 = getBoxes(b,3);

        // get image in batch index
        int bInd = round(getBoxInd(b));
        if(bInd < 0 || bInd >= ${a}) {
          return;
        }

        float height_scale = ${x};
        float width_scale = ${C};

        float in_y = ${y};
        if( in_y < 0.0 || in_y > ${d} ) {
          setOutput(float(${s}));
          return;
        }
        float in_x = ${T};
        if( in_x < 0.0 || in_x > ${h} ) {
          setOutput(float(${s}));
          return;
        }

        vec2 sourceFracIndexCR = vec2(in_x,in_y);
        if(${f} == 1) {
          // Compute the four integer indices.
          ivec2 sourceFloorCR = ivec2(sourceFracIndexCR);
          ivec2 sourceCeilCR = ivec2(ceil(sourceFracIndexCR));

          float topLeft = getImage(b, sourceFloorCR.y, sourceFloorCR.x, d);
          float bottomLeft = getImage(b, sourceCeilCR.y, sourceFloorCR.x, d);
          float topRight = getImage(b, sourceFloorCR.y, sourceCeilCR.x, d);
          float bottomRight = getImage(b, sourceCeilCR.y, sourceCeilCR.x, d);

          vec2 fracCR = sourceFracIndexCR - vec2(sourceFloorCR);

          float top = topLeft + (topRight - topLeft) * fracCR.x;
          float bottom = bottomLeft + (bottomRight - bottomLeft) * fracCR.x;
          float newValue = top + (bottom - top) * fracCR.y;
          setOutput(newValue);
        } else {
          // Compute the coordinators of nearest neighbor point.
          ivec2 sourceNearestCR = ivec2(floor(
            sourceFracIndexCR + vec2(0.5,0.5)));
          float newValue = getImage(b, sourceNearestCR.y, sourceNearestCR.x, d);
          setOutput(newValue);
        }
      }
    `}};var rre=r=>{let{inputs:e,backend:t,attrs:o}=r,{image:n,boxes:s,boxInd:a}=e,{cropSize:c,method:u,extrapolationValue:i}=o,l=new Ug(n.shape,s.shape,c,u,i);return t.runWebGLProgram(l,[n,s,a],"float32")},r3={kernelName:Rn,backendName:"webgl",kernelFunc:rre};v();var ol;(function(r){r.Prod="*",r.Sum="+"})(ol||(ol={}));var qm=class{constructor(e,t,o,n){this.op=e,this.outputShape=t,this.variableNames=["x"],this.customUniforms=[{name:"index",type:"float"}];let s=this.outputShape.length,a=this.op===ol.Prod?"1.0":"0.0",c=o?a:`getX(${o3(s,"coords",this.op)})`,u=this.outputShape[this.outputShape.length-1],i="",l="";o?(i=n?`end != ${u-1}`:"end != 0",l=n?"end + 1":"end - 1"):(i=n?`end + pow2 < ${u}`:"end >= pow2",l=n?"end + pow2":"end - pow2"),this.userCode=`
      void main() {
        ${$e(s)} coords = getOutputCoords();
        int end = ${n3(s,"coords",this.op)};
        float val = ${c};
        int pow2 = int(pow(2.0, index));
        if (${i}) {
          int idx = ${l};
          ${n3(s,"coords",this.op)} = idx;
          val ${this.op}= getX(${o3(s,"coords",this.op)});
        }
        setOutput(val);
      }
    `}};function o3(r,e,t){if(r===1)return`${e}`;if(r===2)return`${e}.x, ${e}.y`;if(r===3)return`${e}.x, ${e}.y, ${e}.z`;if(r===4)return`${e}.x, ${e}.y, ${e}.z, ${e}.w`;throw new Error(`Cumulative ${t} for rank ${r} is not yet supported`)}function n3(r,e,t){if(r===1)return`${e}`;if(r===2)return`${e}.y`;if(r===3)return`${e}.z`;if(r===4)return`${e}.w`;throw new Error(`Cumulative ${t} for rank ${r} is not yet supported`)}v();function zg(r,e,t,o,n,s){let a=e.shape.length,c=S.getAxesPermutation([o],a),u=e;c!=null&&(u=yt({inputs:{x:e},backend:t,attrs:{perm:c}}));let i=S.getInnerMostAxes(1,a)[0];if(i!==a-1)throw new Error(`WebGL cumprod shader expects an inner-most axis=${e.shape.length-1} but got axis=${o}`);let l=u.shape[i],p=Dt({inputs:{x:u},backend:t});for(let m=0;m<=Math.ceil(Math.log2(l))-1;m++){let f=new qm(r,u.shape,!1,s),d=[[m]],h=p;p=t.runWebGLProgram(f,[p],p.dtype,d),t.disposeIntermediateTensorInfo(h)}if(n){let m=new qm(r,u.shape,n,s),f=p;p=t.runWebGLProgram(m,[p],p.dtype),t.disposeIntermediateTensorInfo(f)}if(c!=null){let m=S.getUndoAxesPermutation(c),f=yt({inputs:{x:p},backend:t,attrs:{perm:m}});return t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(u),f}return p}function ore(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,exclusive:a,reverse:c}=o;return zg(ol.Prod,n,t,s,a,c)}var s3={kernelName:$n,backendName:"webgl",kernelFunc:ore};v();function nre(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,exclusive:a,reverse:c}=o;return zg(ol.Sum,n,t,s,a,c)}var a3={kernelName:An,backendName:"webgl",kernelFunc:nre};v();function sre(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,weights:s}=e,{size:a,binaryOutput:c}=o;if(n.shape.length===1){let u=t.readSync(n.dataId),i=t.readSync(s.dataId),l=sg(u,i,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,l)}else if(n.shape.length===2){let u=t.bufferSync(n),i=t.bufferSync(s),l=HM(u,i,a,c);return t.makeTensorInfo(l.shape,s.dtype,l.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${n.shape.length}.`)}var i3={kernelName:$a,backendName:"webgl",kernelFunc:sre};v();var Hg=class{constructor(e,t,o){this.variableNames=["x"],this.outputShape=[],this.outputShape=e,this.blockSize=t,this.dataFormat=o,this.userCode=`
    void main() {
      ivec4 coords = getOutputCoords();
      int b = coords[0];
      int h = ${this.getHeightCoordString()};
      int w = ${this.getWidthCoordString()};
      int d = ${this.getDepthCoordString()};

      int in_h = h / ${t};
      int offset_h = imod(h, ${t});
      int in_w = w / ${t};
      int offset_w = imod(w, ${t});
      int offset_d = (offset_h * ${t} + offset_w) *
        ${this.getOutputDepthSize()};
      int in_d = d + offset_d;

      float result = ${this.getInputSamplingString()};
      setOutput(result);
    }
  `}getHeightCoordString(){return this.dataFormat==="NHWC"?"coords[1]":"coords[2]"}getWidthCoordString(){return this.dataFormat==="NHWC"?"coords[2]":"coords[3]"}getDepthCoordString(){return this.dataFormat==="NHWC"?"coords[3]":"coords[1]"}getOutputDepthSize(){return this.dataFormat==="NHWC"?this.outputShape[3]:this.outputShape[1]}getInputSamplingString(){return this.dataFormat==="NHWC"?"getX(b, in_h, in_w, in_d)":"getX(b, in_d, in_h, in_w)"}};function are(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{blockSize:s,dataFormat:a}=o,c=n.shape[0],u=a==="NHWC"?n.shape[1]:n.shape[2],i=a==="NHWC"?n.shape[2]:n.shape[3],l=a==="NHWC"?n.shape[3]:n.shape[1],p=u*s,m=i*s,f=l/(s*s),d=a==="NHWC"?[c,p,m,f]:[c,f,p,m],h=new Hg(d,s,a);return t.runWebGLProgram(h,[n],n.dtype)}var c3={kernelName:Dn,backendName:"webgl",kernelFunc:are};v();var vp=class{constructor(e,t=!1,o=null,n=!1,s=!1){this.variableNames=["x","W"],this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=e.outShape,this.enableShapeUniforms=lt(this.outputShape.length);let a=e.filterHeight,c=e.filterWidth,u=e.outChannels/e.inChannels,i="",l="";o&&(n?i=`float activation(float a) {
          float b = getPreluActivationWeightsAtOutCoords();
          ${o}
        }`:s?i=`float activation(float a) {
          float b = getLeakyreluAlphaAtOutCoords();
          ${o}
        }`:i=`
          float activation(float x) {
            ${o}
          }
        `,l="result = activation(result);");let p=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),n&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${i}

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        ivec2 xRCCorner = coords.yz * strides - pads;
        int d2 = coords.w;
        int d1 = d2 / ${u};
        int q = d2 - d1 * ${u};

        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // Convolve x(?, ?, d1) with w(:, :, d1, q) to get y(yR, yC, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        // TO DO(dsmilkov): Flatten the two for loops and vec4 the operations.
        for (int wR = 0; wR < ${a}; wR++) {
          int xR = xRCorner + wR * dilations[0];

          if (xR < 0 || xR >= inDims[0]) {
            continue;
          }

          for (int wC = 0; wC < ${c}; wC++) {
            int xC = xCCorner + wC * dilations[1];

            if (xC < 0 || xC >= inDims[1]) {
              continue;
            }

            float xVal = getX(batch, xR, xC, d1);
            float wVal = getW(wR, wC, d1, q);
            dotProd += xVal * wVal;
          }
        }

        float result = dotProd;
        ${p}
        ${l}
        setOutput(result);
      }
    `}};v();var Ip=class{constructor(e,t=!1,o=null,n=!1,s=!1){this.variableNames=["x","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=e.outShape,this.enableShapeUniforms=lt(this.outputShape.length);let a=e.outChannels/e.inChannels,c=e.padInfo.left,u=e.strideWidth,i=e.dilationWidth,l=e.filterHeight,p=e.filterWidth,m=p,f=`
      int xR; int xC; int xCOffset;
      vec4 wTexel; vec4 previous; vec4 final;`;for(let x=0;x<p;x++)f+=`
          vec4 xTexelC${x*2};
          int xTexelC${x*2}Ready;
          vec4 xTexelC${x*2+1};
          int xTexelC${x*2+1}Ready;
          vec4 xC${x};`;f+=`
    for (int r = 0; r < ${l}; r++) {
      `;for(let x=0;x<p;x++)f+=`
          xTexelC${x*2} = vec4(0.0);
          xTexelC${x*2}Ready = 0;
          xTexelC${x*2+1} = vec4(0.0);
          xTexelC${x*2+1}Ready = 0;
          xC${x} = vec4(0.0);`;f+=`
        xR = xRCorner + r * dilations[0];
        if (xR >=0 && xR < inDims[0]) {
      `;for(let x=0;x<(m+1)/2;x++){let y=x*2;if(f+=`
          xC = xCCorner + ${y*i};
          `,u===1){if(y<p&&(c%2===1?(f+=`
                xCOffset = xC + 1;
                if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xCOffset, d1);

                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }
              `,i===1&&y>0?f+=`
                xC${y} = vec4(xTexelC${y-2}.zw, xTexelC${y}.xy);
                `:f+=`
                  xCOffset = xC + 1 - 2;

                  if (xCOffset >= 0 && xCOffset < inDims[1]) {
                    previous = getX(batch, xR, xCOffset, d1);

                    // Need to manually clear unused channels in case
                    // we're reading from recycled texture.
                    if (xCOffset + 1 >= inDims[1]) {
                      previous.zw = vec2(0.0);
                    }

                    xC${y} = vec4(previous.zw, xTexelC${y}.xy);
                  } else {
                    xC${y} = vec4(0.0, 0.0, xTexelC${y}.xy);
                  }
                  `):f+=`
                if (xC >= 0 && xC < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xC, d1);
                  if (xC + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }

                xC${y} = xTexelC${y};
                `,y+1<p)){let w=c%2===0?b.nearestLargerEven(i):i;i%2===0&&c%2===1||i%2!==0&&c%2!==1?(f+=`
                  xCOffset = xC + imod(pads[1], 2) + ${w};

                  if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y+1}Ready == 0) {
                    xTexelC${y+1} = getX(batch, xR, xCOffset, d1);

                    // Need to manually clear unused channels in case
                    // we're reading from recycled texture.
                    if (xCOffset + 1 >= inDims[1]) {
                      xTexelC${y+1}.zw = vec2(0.0);
                    }
                    xTexelC${y+1}Ready = 1;
                  }
                  `,i>1?f+=`
                    xCOffset -= 2;
                    if (xCOffset >= 0 && xCOffset < inDims[1]) {
                     previous = getX(batch, xR, xCOffset, d1);
                     xC${y+1} = vec4(previous.zw, xTexelC${y+1}.xy);
                    } else {
                     xC${y+1} = vec4(0.0, 0.0, xTexelC${y+1}.xy);
                    }
                    `:f+=`
                    xC${y+1} = vec4(xTexelC${y}.zw, xTexelC${y+1}.xy);
                    `):w===1?f+=`
                    xC${y+1} = xTexelC${y};
                    `:f+=`
                    xCOffset = xC + ${w};

                    if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y+1}Ready == 0) {
                      xTexelC${y+1} = getX(batch, xR, xCOffset, d1);
                      if (xCOffset + 1 >= inDims[1]) {
                        xTexelC${y+1}.zw = vec2(0.0);
                      }
                      xTexelC${y+1}Ready = 1;
                    }

                    xC${y+1} = xTexelC${y+1};
                    `}}else y<p&&(c%2===1?(f+=`
                xCOffset = xC + 1 - strides[1];
                if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xCOffset, d1);
                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }

                if(xC + 1 >= 0 && xC + 1 < inDims[1] && xTexelC${y+1}Ready == 0) {
                  xTexelC${y+1} = getX(batch, xR, xC + 1, d1);
                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xC + 2 >= inDims[1]) {
                    xTexelC${y+1}.zw = vec2(0.0);
                  }
                  xTexelC${y+1}Ready = 1;
                }

                xC${y} = vec4(xTexelC${y}.zw, xTexelC${y+1}.zw);
              `,y+1<p&&(f+=`
                  final = vec4(0.0);
                  xCOffset = xC + 1 + strides[1];
                  if(xCOffset >= 0 && xCOffset < inDims[1]) {
                    final = getX(batch, xR, xCOffset, d1);
                  }
                  xC${y+1} = vec4(xTexelC${y+1}.xy, final.xy);
                `)):(f+=`
                if(xC >= 0 && xC < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xC, d1);
                  if (xC + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }

                xCOffset = xC + strides[1];
                if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y+1}Ready == 0) {
                  xTexelC${y+1} = getX(batch, xR, xCOffset, d1);
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${y+1}.zw = vec2(0.);
                  }
                  xTexelC${y+1}Ready = 1;
                }

                xC${y} = vec4(
                  xTexelC${y}.xy, xTexelC${y+1}.xy);
              `,y+1<p&&(f+=`
                  xC${y+1} = vec4(xTexelC${y}.zw, xTexelC${y+1}.zw);
                `)));y<p&&(f+=`
            wTexel = getW(r, ${y}, d1, q);
            dotProd += xC${y} * vec4(wTexel.xz, wTexel.xz);
          `,y+1<p&&(f+=`
              wTexel = getW(r, ${y+1}, d1, q);
              dotProd += xC${y+1} * vec4(wTexel.xz, wTexel.xz);
            `))}f+=`
    }
  `,f+=`
      }
    `;let d="",h="";o&&(n?d=`vec4 activation(vec4 a) {
          vec4 b = getPreluActivationWeightsAtOutCoords();
          ${o}
        }`:s?d=`vec4 activation(vec4 a) {
          vec4 b = getLeakyreluAlphaAtOutCoords();
          ${o}
        }`:d=`vec4 activation(vec4 x) {
          ${o}
        }`,h="result = activation(result);");let g=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),n&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${d}

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        ivec2 xRCCorner = coords.yz * strides - pads;
        int d2 = coords.w;
        int d1 = d2 / ${a};
        int q = d2 - d1 * ${a};
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        //intialize dotProd with a small epsilon seems to reduce GPU accuracy loss.
        vec4 dotProd = vec4(0.000000000000001);

        ${f}

        vec4 result = dotProd - vec4(0.000000000000001);
        ${g}
        ${h}
        setOutput(result);
      }
    `}};function ire(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s}=e,{strides:a,pad:c,dilations:u,dimRoundingMode:i}=o,l=u;l==null&&(l=[1,1]),b.assert(S.eitherStridesOrDilationsAreOne(a,l),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${a} and dilations '${l}'`);let p=S.computeConv2DInfo(n.shape,s.shape,a,l,c,i,!0),m;P().getBool("WEBGL_PACK_DEPTHWISECONV")&&p.strideWidth<=2&&p.outChannels/p.inChannels===1?m=new Ip(p):m=new vp(p);let f=[[p.padInfo.top,p.padInfo.left],[p.strideHeight,p.strideWidth],[p.dilationHeight,p.dilationWidth],[p.inHeight,p.inWidth]];return t.runWebGLProgram(m,[n,s],"float32",f)}var u3={kernelName:Fn,backendName:"webgl",kernelFunc:ire};v();var qg=class{constructor(e){this.variableNames=["x","dy"],this.outputShape=e.filterShape;let t=e.strideHeight,o=e.strideWidth,n=e.padInfo.top,s=e.padInfo.left,a=e.outChannels/e.inChannels;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int wR = coords.x;
        int wC = coords.y;
        int d1 = coords.z;
        int dm = coords.w;
        int d2 = d1 * ${a} + dm;

        float dotProd = 0.0;

        // TO DO: Vec4 over the batch size
        for (int b = 0; b < ${e.batchSize}; b++) {
          for (int yR = 0; yR < ${e.outHeight}; yR++) {
            int xR = wR + yR * ${t} - ${n};

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int yC = 0; yC < ${e.outWidth}; yC++) {
              int xC = wC + yC * ${o} - ${s};

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              float dyValue = getDy(b, yR, yC, d2);
              float xValue = getX(b, xR, xC, d1);
              dotProd += (xValue * dyValue);
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Kg=class{constructor(e){this.variableNames=["dy","W"],this.outputShape=e.inShape;let t=e.filterHeight,o=e.filterWidth,n=e.strideHeight,s=e.strideWidth,a=t-1-e.padInfo.top,c=o-1-e.padInfo.left,u=e.outChannels/e.inChannels;this.userCode=`
      const ivec2 pads = ivec2(${a}, ${c});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[3];
        ivec2 dyCorner = coords.yz - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        float dotProd = 0.0;

        for (int wR = 0; wR < ${t}; wR++) {
          float dyR = float(dyRCorner + wR) / ${n}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          int wRPerm = ${t} - 1 - wR;

          for (int wC = 0; wC < ${o}; wC++) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            int wCPerm = ${o} - 1 - wC;

            // TO DO: Vec4 over the channelMul
            for (int dm = 0; dm < ${u}; dm++) {
              int d2 = d1 * ${u} + dm;
              float xValue = getDy(batch, idyR, idyC, d2);
              float wValue = getW(wRPerm, wCPerm, d1, dm);
              dotProd += xValue * wValue;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function cre(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,dy:s}=e,{strides:a,dilations:c,pad:u,dimRoundingMode:i,filterShape:l}=o,p=S.computeConv2DInfo(n.shape,l,a,c,u,i,!0),m=new qg(p);return t.runWebGLProgram(m,[n,s],"float32")}var l3={kernelName:qc,backendName:"webgl",kernelFunc:cre};v();function ure(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,filter:s}=e,{strides:a,dilations:c,pad:u,dimRoundingMode:i,inputShape:l}=o,p=S.computeConv2DInfo(l,s.shape,a,c,u,i,!0),m=new Kg(p);return t.runWebGLProgram(m,[n,s],"float32")}var p3={kernelName:Kc,backendName:"webgl",kernelFunc:ure};v();var jg=class{constructor(e){this.variableNames=["X"],this.outputShape=[e,e],this.userCode=`
      void main() {
          ivec2 coords = getOutputCoords();
          float val = coords[0] == coords[1] ? getX(coords[0]) : 0.0;
          setOutput(val);
      }
    `}};function lre(r){let{inputs:e,backend:t}=r,{x:o}=e,n=[...o.shape,...o.shape],s=b.sizeFromShape(o.shape),a=se({inputs:{x:o},backend:t,attrs:{shape:[s]}}),c=new jg(s),u=t.runWebGLProgram(c,[a],a.dtype),i=se({inputs:{x:u},backend:t,attrs:{shape:n}});return t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(u),i}var m3={kernelName:Aa,backendName:"webgl",kernelFunc:lre};v();var Xg=class{constructor(e){this.variableNames=["x","W"],this.outputShape=e.outShape;let{inHeight:t,inWidth:o,padInfo:n,strideHeight:s,strideWidth:a,filterHeight:c,filterWidth:u,dilationHeight:i,dilationWidth:l}=e,{top:p,left:m}=n;this.userCode=`
      const ivec2 strides = ivec2(${s}, ${a});
      const ivec2 pads = ivec2(${p}, ${m});
      const float neg_infinity = -3.4e38;

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        int d1 = coords.w;
        ivec2 outTopLeftCorner =
            coords.yz * strides - pads;
        int hBeg = outTopLeftCorner.x;
        int wBeg = outTopLeftCorner.y;

        float curVal = neg_infinity;
        for (int h = 0; h < ${c}; h++) {
          int hIn = hBeg + h * ${i};

          if (hIn >= 0 && hIn < ${t}) {
            for (int w = 0; w < ${u}; w++) {
              int wIn = wBeg + w * ${l};

              if (wIn >= 0 && wIn < ${o}) {
                float xVal = getX(batch, hIn, wIn, d1);
                float wVal = getW(h, w, d1);

                float val = xVal + wVal;
                if (val > curVal) {
                  curVal = val;
                }
              }
            }
          }
        }

        float result = curVal;
        setOutput(result);
      }
    `}};function pre(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s}=e,{strides:a,pad:c,dilations:u}=o,i=S.computeDilation2DInfo(n.shape,s.shape,a,c,"NHWC",u),l,p=new Xg(i);l=t.runWebGLProgram(p,[n,s],"float32");let m=se({inputs:{x:l},backend:t,attrs:{shape:i.outShape}});return t.disposeIntermediateTensorInfo(l),m}var f3={kernelName:Mn,backendName:"webgl",kernelFunc:pre};v();function mre(r){let{inputs:e,backend:t,attrs:o}=r,{equation:n}=o,s=e,{allDims:a,summedDims:c,idDims:u}=S.decodeEinsumEquation(n,s.length);S.checkEinsumDimSizes(a.length,u,s);let{path:i,steps:l}=S.getEinsumComputePath(c,u),p=l.length,m=null,f=a.length,d=[];for(let h=0;h<p;++h){for(let g of l[h]){let{permutationIndices:x,expandDims:y}=S.getEinsumPermutation(f,u[g]),w;S.isIdentityPermutation(x)?w=s[g]:(w=yt({inputs:{x:s[g]},backend:t,attrs:{perm:x}}),d.push(w));let C=w.shape.slice();for(let T=0;T<y.length;++T)C.splice(y[T],0,1);b.arraysEqual(w.shape,C)||(w=se({inputs:{x:w},backend:t,attrs:{shape:C}}),d.push(w)),m===null?m=w:(m=zm({inputs:{a:w,b:m},backend:t}),d.push(m))}h<p-1&&(i[h]>=0&&(m=el({inputs:{x:m},backend:t,attrs:{axis:i[h]-(a.length-f),keepDims:!1}}),d.push(m)),f--)}for(let h of d)h!==m&&t.disposeIntermediateTensorInfo(h);return m}var d3={kernelName:Yc,backendName:"webgl",kernelFunc:mre};v();var fre="return (x >= 0.0) ? x : (exp(x) - 1.0);",dre=`
  vec4 result;

  result.r = (x.r >= 0.0) ? x.r : (exp(x.r) - 1.0);
  result.g = (x.g >= 0.0) ? x.g : (exp(x.g) - 1.0);
  result.b = (x.b >= 0.0) ? x.b : (exp(x.b) - 1.0);
  result.a = (x.a >= 0.0) ? x.a : (exp(x.a) - 1.0);

  return result;
`,hre=ye({opSnippet:fre,packedOpSnippet:dre}),h3={kernelName:"Elu",backendName:"webgl",kernelFunc:hre};v();var gre="return (b >= 0.0) ? a : a * (b + 1.0);",xre=`
  vec4 bGTEZero = vec4(greaterThanEqual(b, vec4(0.)));
  return (bGTEZero * a) + ((vec4(1.0) - bGTEZero) * (a * (b + vec4(1.0))));
`,bre=r=>{let{inputs:e,backend:t}=r,{dy:o,y:n}=e,s=P().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new Qr(xre,o.shape,n.shape):new Gr(gre,o.shape,n.shape);return t.runWebGLProgram(s,[o,n],o.dtype)},g3={kernelName:Ki,backendName:"webgl",kernelFunc:bre};v();var yre=`
  return vec4(equal(a, b));
`,wre="return float(a == b);",vre=it({opSnippet:wre,packedOpSnippet:yre,dtype:"bool",cpuKernelImpl:YM}),x3={kernelName:On,backendName:"webgl",kernelFunc:vre};v();var Ire=`
  // Error function is calculated approximately with elementary function.
  // See "Handbook of Mathematical Functions with Formulas,
  // Graphs, and Mathematical Tables", Abramowitz and Stegun.
  float p = ${S.ERF_P};
  float a1 = ${S.ERF_A1};
  float a2 = ${S.ERF_A2};
  float a3 = ${S.ERF_A3};
  float a4 = ${S.ERF_A4};
  float a5 = ${S.ERF_A5};

  float sign = sign(x);
  x = abs(x);
  float t = 1.0 / (1.0 + p * x);
  return sign * (1.0 - (((((a5*t + a4)*t) + a3)*t + a2)*t + a1)*t*exp(-x*x));
`,Cre=ye({opSnippet:Ire}),b3={kernelName:"Erf",backendName:"webgl",kernelFunc:Cre};v();var Sre=Do+`
  return exp(x);
`,kre=`
  vec4 result = exp(x);
  bvec4 isNaN = isnan(x);
  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,j0=ye({opSnippet:Sre,packedOpSnippet:kre,cpuKernelImpl:JM,dtype:"float32"}),y3={kernelName:"Exp",backendName:"webgl",kernelFunc:j0};v();function Yg(r){let{inputs:e,attrs:t,backend:o}=r,{dim:n}=t,{input:s}=e,a=s.shape.length,c=s.shape.slice(),u=n;return n<0&&(b.assert(-(a+1)<=n,()=>`Axis must be in the interval [${-(a+1)}, ${a}]`),u=a+n+1),c.splice(u,0,1),se({inputs:{x:s},backend:o,attrs:{shape:c}})}var w3={kernelName:Ma,backendName:"webgl",kernelFunc:Yg};v();var v3="return exp(x) - 1.0;",_re=ye({opSnippet:v3,packedOpSnippet:v3,cpuKernelImpl:ZM}),I3={kernelName:Bn,backendName:"webgl",kernelFunc:_re};v();v();var Km=class{constructor(e,t,o){this.variableNames=["real","imag"];let n=t[1];this.outputShape=t;let s=o?`2.0 * ${Math.PI}`:`-2.0 * ${Math.PI}`,a=o?`${n}.0`:"1.0",c;if(e==="real")c="return real * expR - imag * expI;";else if(e==="imag")c="return real * expI + imag * expR;";else throw new Error(`FFT component must be either "real" or "imag", got ${e}.`);this.userCode=`
      const float exponentMultiplier = ${s};

      float unaryOpComplex(float real, float expR, float imag, float expI) {
        ${c}
      }

      float mulMatDFT(int batch, int index) {
        float indexRatio = float(index) / float(${n});
        float exponentMultiplierTimesIndexRatio =
            exponentMultiplier * indexRatio;

        float result = 0.0;

        for (int i = 0; i < ${n}; i++) {
          // x = (-2|2 * PI / N) * index * i;
          float x = exponentMultiplierTimesIndexRatio * float(i);
          float expR = cos(x);
          float expI = sin(x);
          float real = getReal(batch, i);
          float imag = getImag(batch, i);

          result +=
              unaryOpComplex(real, expR, imag, expI) / ${a};
        }

        return result;
      }

      void main() {
        ivec2 coords = getOutputCoords();
        setOutput(mulMatDFT(coords[0], coords[1]));
      }
    `}};function Jg(r,e,t){let o=t.texData.get(r.dataId),n=b.sizeFromShape(r.shape),s=r.shape[r.shape.length-1],a=n/s,c=se({inputs:{x:r},backend:t,attrs:{shape:[a,s]}}),u=c.shape,i=new Km("real",u,e),l=new Km("imag",u,e),p=[{dataId:o.complexTensorInfos.real.dataId,dtype:o.complexTensorInfos.real.dtype,shape:u},{dataId:o.complexTensorInfos.imag.dataId,dtype:o.complexTensorInfos.imag.dtype,shape:u}],m=t.runWebGLProgram(i,p,"float32"),f=t.runWebGLProgram(l,p,"float32"),d=Ur({inputs:{real:m,imag:f},backend:t});t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(f);let h=se({inputs:{x:d},backend:t,attrs:{shape:r.shape}});return t.disposeIntermediateTensorInfo(c),t.disposeIntermediateTensorInfo(d),h}function Tre(r){let{inputs:e,backend:t}=r,{input:o}=e;return Jg(o,!1,t)}var C3={kernelName:"FFT",backendName:"webgl",kernelFunc:Tre};v();var Zg=class{constructor(e,t){this.outputShape=[],this.customUniforms=[{name:"value",type:"float"}],this.variableNames=["x"],this.outputShape=e,this.userCode=`
      void main() {
        // Input can be obtained from uniform value.
        setOutput(value);
      }
    `}};function Oi(r){let{backend:e,attrs:t}=r,{shape:o,value:n}=t,{dtype:s}=t;if(s=s||b.inferDtype(n),s==="string"){let a=b.getArrayFromDType(s,b.sizeFromShape(o));return a.fill(n),e.makeTensorInfo(o,s,a)}else{let a=new Zg(o,n),c=[[n]];return e.runWebGLProgram(a,[],s,c)}}var S3={kernelName:Pa,backendName:"webgl",kernelFunc:Oi};v();var Qg=class{constructor(e){this.variableNames=["Image"],this.outputShape=[];let t=e[2];this.outputShape=e,this.userCode=`
        void main() {
          ivec4 coords = getOutputCoords();
          int x = coords[2];

          int coordX = ${t} - x - 1;
          float outputValue;
          if(coordX >= 0 && coordX < ${t}) {
            outputValue = getImage(coords[0], coords[1], coordX, coords[3]);
          } else {
            outputValue = getImage(coords[0], coords[1], coords[2], coords[3]);
          }
          setOutput(outputValue);
        }
    `}};var k3={kernelName:Ln,backendName:"webgl",kernelFunc:({inputs:r,backend:e})=>{let{image:t}=r,o=e,n=new Qg(t.shape);return o.runWebGLProgram(n,[t],t.dtype)}};v();var _3="return floor(x);",Nre=ye({opSnippet:_3,packedOpSnippet:_3,cpuKernelImpl:QM}),T3={kernelName:Wn,backendName:"webgl",kernelFunc:Nre};v();var Ere=`
  float s = sign(a) * sign(b);
  int ia = round(a);
  int ib = round(b);
  if (ib != 0) {
    // Windows (D3D) wants guaranteed non-zero int division at compile-time.
    return float(idiv(ia, ib, s));
  } else {
    return NAN;
  }
`,$re=`
  ivec4 ia = round(a);
  ivec4 ib = round(b);
  bvec4 cond = notEqual(ib, ivec4(0));
  ivec4 result = ivec4(0);
  vec4 s = sign(a) * sign(b);

  // Windows (D3D) wants guaranteed non-zero int division at compile-time.
  if (cond[0]) {
    result[0] = idiv(ia[0], ib[0], s[0]);
  }
  if (cond[1]) {
    result[1] = idiv(ia[1], ib[1], s[1]);
  }
  if (cond[2]) {
    result[2] = idiv(ia[2], ib[2], s[2]);
  }
  if (cond[3]) {
    result[3] = idiv(ia[3], ib[3], s[3]);
  }
  return vec4(result);
`,Are=it({opSnippet:Ere,packedOpSnippet:$re,dtype:"int32"}),N3={kernelName:Vn,backendName:"webgl",kernelFunc:Are};v();v();var ex=class{constructor(e){this.variableNames=["A"];let t=kt(),[o,n]=e;this.outputShape=e,this.userCode=`
      void main() {
        ivec3 coords = getOutputCoords();
        int texR = coords[0];
        int texC = coords[1];
        int depth = coords[2];
        vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${n}.0, ${o}.0);

        vec4 values = ${t.texture2D}(A, uv);
        float value;
        if (depth == 0) {
          value = values.r;
        } else if (depth == 1) {
          value = values.g;
        } else if (depth == 2) {
          value = values.b;
        } else if (depth == 3) {
          value = values.a;
        }

        setOutput(floor(value * 255.0 + 0.5));
      }
    `}};var tx=class{constructor(e){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0;let t=kt(),[o,n]=e;this.outputShape=e,this.userCode=`
      void main() {
        ivec3 coords = getOutputCoords();
        int texR = coords[0];
        int texC = coords[1];
        int depth = coords[2];

        vec4 result = vec4(0.);

        for(int row=0; row<=1; row++) {
          for(int col=0; col<=1; col++) {
            texC = coords[1] + row;
            depth = coords[2] + col;

            vec2 uv = (vec2(texC, texR) + halfCR) /
                       vec2(${n}.0, ${o}.0);
            vec4 values = ${t.texture2D}(A, uv);
            float value;
            if (depth == 0) {
              value = values.r;
            } else if (depth == 1) {
              value = values.g;
            } else if (depth == 2) {
              value = values.b;
            } else if (depth == 3) {
              value = values.a;
            }

            result[row * 2 + col] = floor(value * 255.0 + 0.5);
          }
        }

        ${t.output} = result;
      }
    `}};var E3={kernelName:Cl,backendName:"webgl",kernelFunc:Rre},Cp,X0=P().getBool("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU");function Rre(r){let{inputs:e,backend:t,attrs:o}=r,{pixels:n}=e,{numChannels:s}=o,a=typeof HTMLVideoElement<"u"&&n instanceof HTMLVideoElement,c=typeof HTMLImageElement<"u"&&n instanceof HTMLImageElement,[u,i]=a?[n.videoWidth,n.videoHeight]:[n.width,n.height],l=[i,u],p=[i,u,s];if(c||a){let h=P().getBool("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU");(Cp==null||h!==X0)&&(X0=h,Cp=document.createElement("canvas").getContext("2d",{willReadFrequently:X0})),Cp.canvas.width=u,Cp.canvas.height=i,Cp.drawImage(n,0,0,u,i),n=Cp.canvas}let m=t.makeTensorInfo(l,"int32");t.texData.get(m.dataId).usage=wr.PIXELS,t.gpgpu.uploadPixelDataToTexture(t.getTexture(m.dataId),n);let f=P().getBool("WEBGL_PACK")?new tx(p):new ex(p),d=t.runWebGLProgram(f,[m],"int32");return t.disposeData(m.dataId),d}v();function Dre(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s,bias:a,preluActivationWeights:c}=e,{strides:u,pad:i,dataFormat:l,dilations:p,dimRoundingMode:m,activation:f,leakyreluAlpha:d}=o,h=S.convertConv2DDataFormat(l),g=S.computeConv2DInfo(n.shape,s.shape,u,p,i,m,!1,h),x,y=[],w=a!=null,C=c!=null,T=f==="leakyrelu",$=()=>{let R=[n,s],F=(M,L)=>{if(L==="NCHW"&&M.shape.length===1&&M.shape[0]!==1){let W=se({inputs:{x:M},backend:t,attrs:{shape:[M.shape[0],1,1]}});return y.push(W),W}return M};if(w&&R.push(F(a,l)),C&&R.push(F(c,l)),T){let M=t.makeTensorInfo([],"float32",b.createScalarValue(d,"float32"));R.push(M),y.push(M)}return R};if(g.filterHeight===1&&g.filterWidth===1&&g.dilationHeight===1&&g.dilationWidth===1&&g.strideHeight===1&&g.strideWidth===1&&(g.padInfo.type==="SAME"||g.padInfo.type==="VALID"))x=Pg({x:n,filter:s,convInfo:g,backend:t,bias:a,activation:f,preluActivationWeights:c,leakyreluAlpha:d});else if(g.strideWidth<=2&&h==="channelsLast"&&P().getBool("WEBGL_EXP_CONV")){let R=f?Mi(f,!0):null,F=new wp(g,w,R,C,T),M=[[g.padInfo.top,g.padInfo.left],[g.strideHeight,g.strideWidth],[g.dilationHeight,g.dilationWidth],[g.inHeight,g.inWidth]],L=$();x=t.runWebGLProgram(F,L,"float32",M)}else if(P().getBool("WEBGL_CONV_IM2COL"))x=Og({x:n,filter:s,convInfo:g,backend:t,bias:a,activation:f,preluActivationWeights:c,leakyreluAlpha:d});else{let R=f?Mi(f,!1):null,F=new yp(g,w,R,C,T),M=$();x=t.runWebGLProgram(F,M,"float32")}let A=se({inputs:{x},backend:t,attrs:{shape:g.outShape}});return y.push(x),y.forEach(R=>t.disposeIntermediateTensorInfo(R)),A}var $3={kernelName:zo,backendName:"webgl",kernelFunc:Dre};v();function Fre(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,filter:s,bias:a,preluActivationWeights:c}=e,{strides:u,pad:i,dilations:l,dimRoundingMode:p,activation:m,leakyreluAlpha:f}=o,d=[],h=l;h==null&&(h=[1,1]),b.assert(S.eitherStridesOrDilationsAreOne(u,h),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${u} and dilations '${h}'`);let g=S.computeConv2DInfo(n.shape,s.shape,u,h,i,p,!0),x=P().getBool("WEBGL_PACK_DEPTHWISECONV")&&g.strideWidth<=2&&g.outChannels/g.inChannels===1,y=m?Mi(m,x):null,w=[n,s],C=a!=null,T=c!=null,$=m==="leakyrelu";if(C&&w.push(a),T&&w.push(c),$){let M=t.makeTensorInfo([],"float32",b.createScalarValue(f,"float32"));w.push(M),d.push(M)}let A;x?A=new Ip(g,C,y,T,$):A=new vp(g,C,y,T,$);let R=[[g.padInfo.top,g.padInfo.left],[g.strideHeight,g.strideWidth],[g.dilationHeight,g.dilationWidth],[g.inHeight,g.inWidth]],F=t.runWebGLProgram(A,w,"float32",R);return d.forEach(M=>t.disposeIntermediateTensorInfo(M)),F}var A3={kernelName:Ho,backendName:"webgl",kernelFunc:Fre};v();var rx=class{constructor(e,t,o,n){this.sliceDim=e,this.strides=t,this.paramsShape=n,this.variableNames=["x","indices"],this.outputShape=o;let s=$e(o.length),a=`
    int index;`;for(let c=0;c<this.sliceDim;c++)a+=`
          index = round(getIndices(coords[0], ${c}));
          out_of_bounds = out_of_bounds || index < 0;
          out_of_bounds = out_of_bounds || index >= ${this.paramsShape[c]};
          flattenIndex += index * ${this.strides[c]};`;this.userCode=`
         void main() {
          ${s} coords = getOutputCoords();
          int flattenIndex = 0;
          bool out_of_bounds = false;

          ${a}

          setOutput(out_of_bounds ? 0.0 : getX(flattenIndex, coords[1]));
        }
      `}};function Mre(r){let{inputs:e,backend:t}=r,{params:o,indices:n}=e,s=n.shape,a=s[s.length-1],c=b.sizeFromShape(o.shape),[u,i,l,p]=S.prepareAndValidate(o,n),m=se({inputs:{x:n},backend:t,attrs:{shape:[i,a]}}),f=se({inputs:{x:o},backend:t,attrs:{shape:[b.sizeFromShape(o.shape)/l,l]}});if(t.shouldExecuteOnCPU([o,n])||o.dtype==="string"){let x=t.readSync(n.dataId),y=t.bufferSync(o),w=eP(x,y,o.dtype,i,a,l,p,o.shape,c);return t.makeTensorInfo(u,o.dtype,w.values)}let d=new rx(a,p,[i,l],o.shape),h=t.runWebGLProgram(d,[f,m],f.dtype),g=se({inputs:{x:h},backend:t,attrs:{shape:u}});return t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),g}var R3={kernelName:Un,backendName:"webgl",kernelFunc:Mre};v();var ox=class{constructor(e,t){this.variableNames=["A","indices"],this.outputShape=t,this.rank=t.length;let o=$e(this.rank),n=Pre(e,2);this.userCode=`
      void main() {
        ${o} resRC = getOutputCoords();
        int index = int(getIndices(resRC.x, resRC.z));
        float inBounds = (index >= 0) && (index < ${e[2]}) ? 1.0 : 0.0;
        setOutput(inBounds * getA(${n}));
      }
    `}};function Pre(r,e){let t=["resRC.x","resRC.y","resRC.z","resRC.w"],o=[];for(let n=0;n<r.length;n++)n===2?o.push("index"):o.push(`${t[n]}`);return o.join()}function Y0(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,indices:s}=e,{axis:a,batchDims:c}=o,u=b.parseAxisParam(a,n.shape)[0];if(P().get("DEBUG")){let y=t.readSync(s.dataId),w=n.shape[u];for(let C=0;C<y.length;++C){let T=y[C];b.assert(T<=w-1&&T>=0,()=>`GatherV2: the index value ${T} is not in [0, ${w-1}]`)}}let i=S.segment_util.collectGatherOpShapeInfo(n,s,u,c),l=b.sizeFromShape(s.shape),p=[],m=se({inputs:{x:n},backend:t,attrs:{shape:[i.batchSize,i.outerSize,i.dimSize,i.sliceSize]}}),f=se({inputs:{x:s},backend:t,attrs:{shape:[i.batchSize,l/i.batchSize]}});p.push(m),p.push(f);let d=[i.batchSize,i.outerSize,l/i.batchSize,i.sliceSize];if(t.shouldExecuteOnCPU([n,s])||n.dtype==="string"){let y=t.bufferSync(f),w=t.bufferSync(m),C=tP(w,y,d);return p.forEach(T=>t.disposeIntermediateTensorInfo(T)),t.makeTensorInfo(i.outputShape,C.dtype,C.values)}let h=new ox(m.shape,d),g=t.runWebGLProgram(h,[m,f],m.dtype);p.push(g);let x=se({inputs:{x:g},backend:t,attrs:{shape:i.outputShape}});return p.forEach(y=>t.disposeIntermediateTensorInfo(y)),x}var D3={kernelName:Oa,backendName:"webgl",kernelFunc:Y0};v();var Ore="return float(a > b);",Bre=`
  return vec4(greaterThan(a, b));
`,Lre=it({opSnippet:Ore,packedOpSnippet:Bre,cpuKernelImpl:rP,dtype:"bool"}),F3={kernelName:zn,backendName:"webgl",kernelFunc:Lre};v();var Wre="return float(a >= b);",Vre=`
  return vec4(greaterThanEqual(a, b));
`,Gre=it({opSnippet:Wre,packedOpSnippet:Vre,dtype:"bool",cpuKernelImpl:oP}),M3={kernelName:Hn,backendName:"webgl",kernelFunc:Gre};v();function Ure(r){let{inputs:e,backend:t}=r,{input:o}=e;return Jg(o,!0,t)}var P3={kernelName:Jc,backendName:"webgl",kernelFunc:Ure};v();var zre="return float(!isnan(x) && !isinf(x));",Hre=ye({opSnippet:zre,dtype:"bool"}),O3={kernelName:qn,backendName:"webgl",kernelFunc:Hre};v();var qre="return float(isinf(x));",Kre=ye({opSnippet:qre,dtype:"bool"}),B3={kernelName:Kn,backendName:"webgl",kernelFunc:Kre};v();var jre="return float(isnan(x));",Xre=ye({opSnippet:jre,dtype:"bool"}),L3={kernelName:jn,backendName:"webgl",kernelFunc:Xre};v();var Yre="return float(a < b);",Jre=`
  return vec4(lessThan(a, b));
`,Zre=it({opSnippet:Yre,packedOpSnippet:Jre,cpuKernelImpl:nP,dtype:"bool"}),W3={kernelName:Yn,backendName:"webgl",kernelFunc:Zre};v();var Qre="return float(a <= b);",eoe=`
  return vec4(lessThanEqual(a, b));
`,toe=it({opSnippet:Qre,packedOpSnippet:eoe,cpuKernelImpl:sP,dtype:"bool"}),V3={kernelName:Jn,backendName:"webgl",kernelFunc:toe};v();function roe(r){let{backend:e,attrs:t}=r,{start:o,stop:n,num:s}=t,a=aP(o,n,s);return e.makeTensorInfo([a.length],"float32",a)}var G3={kernelName:Zn,backendName:"webgl",kernelFunc:roe};v();var ooe=Do+`
  return x < 0.0 ? 0./0. : log(x);
`,noe=`
  vec4 result = log(x);
  bvec4 isNaN = isnan(x);
  result.r = isNaN.r ? x.r : (x.r < 0.0 ? 0./0. : result.r);
  result.g = isNaN.g ? x.g : (x.g < 0.0 ? 0./0. : result.g);
  result.b = isNaN.b ? x.b : (x.b < 0.0 ? 0./0. : result.b);
  result.a = isNaN.a ? x.a : (x.a < 0.0 ? 0./0. : result.a);
  return result;
`,soe=ye({opSnippet:ooe,packedOpSnippet:noe,cpuKernelImpl:iP}),U3={kernelName:"Log",backendName:"webgl",kernelFunc:soe};v();var aoe=Do+`
  return log(1.0 + x);
`,ioe=ye({opSnippet:aoe}),z3={kernelName:Qn,backendName:"webgl",kernelFunc:ioe};v();var coe="return float(a >= 1.0 && b >= 1.0);",uoe=`
  return vec4(
    vec4(greaterThanEqual(a, vec4(1.0))) *
    vec4(greaterThanEqual(b, vec4(1.0))));
`,loe=it({opSnippet:coe,packedOpSnippet:uoe,dtype:"bool"}),H3={kernelName:es,backendName:"webgl",kernelFunc:loe};v();var poe="return float(!(x >= 1.0));",moe=ye({opSnippet:poe}),q3={kernelName:ts,backendName:"webgl",kernelFunc:moe};v();var foe="return float(a >= 1.0 || b >= 1.0);",doe=`
  return min(
    vec4(greaterThanEqual(a, vec4(1.0))) +
    vec4(greaterThanEqual(b, vec4(1.0))),
    vec4(1.0));
`,hoe=it({opSnippet:foe,packedOpSnippet:doe,dtype:"bool"}),K3={kernelName:rs,backendName:"webgl",kernelFunc:hoe};v();var nx=class{constructor(e,t,o,n,s){this.variableNames=["x"],this.outputShape=[];let a=t,c=e[3]-1;this.outputShape=e;let u,i=`float(${o}) + float(${n}) * sum`;s===.5?u=`inversesqrt(${i})`:s===1?u=`1.0/(${i})`:u=`exp(log(${i}) * float(-${s}));`,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int r = coords[1];
        int c = coords[2];
        int d = coords[3];
        float x = getX(b, r, c, d);
        float sum = 0.0;
        for (int j = -${a}; j <= ${a}; j++) {
          int idx = d + j;
          if (idx >= 0 && idx <=  ${c}) {
            float z = getX(b, r, c, idx);
            sum += z * z;
          }
        }
        float val = x * ${u};
        setOutput(val);
      }
    `}};var sx=class{constructor(e,t,o,n,s){this.variableNames=["x"],this.outputShape=[],this.packedInputs=!0,this.packedOutput=!0;let a=t,c=e[3]-1;this.outputShape=e;let u,i=`float(${o}) + float(${n}) * sum`;s===.5?u=`inversesqrt(${i})`:s===1?u=`1.0/(${i})`:u=`exp(log(${i}) * float(-${s}));`,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords.x;
        int r = coords.y;
        int c = coords.z;
        int d = coords.w;

        bool hasNextCol = d < ${this.outputShape[3]};
        bool hasNextRow = c < ${this.outputShape[2]};

        vec4 sum = vec4(0.);
        vec4 xFragAtOutputCoords = getX(b, r, c, d);

        vec4 xAtOutputCoords = vec4(
          getChannel(xFragAtOutputCoords, vec2(c, d)),
          hasNextCol ?
            getChannel(xFragAtOutputCoords, vec2(c, d + 1)) : 0.0,
          hasNextRow ?
            getChannel(xFragAtOutputCoords , vec2(c + 1, d)) : 0.0,
          (hasNextRow && hasNextCol) ?
            getChannel(xFragAtOutputCoords, vec2(c + 1, d + 1)) : 0.0
        );

        int firstChannel = d - ${a};
        vec2 cache = vec2(0.);
        if(firstChannel >= 0){
          vec4 firstChannelFrag = getX(b, r, c, firstChannel);
          cache.x = getChannel(firstChannelFrag, vec2(c, firstChannel));
            if(hasNextRow){
              cache.y = getChannel(firstChannelFrag, vec2(c + 1, firstChannel));
            }
        }

        ivec2 depth = ivec2(d, d + 1);
        for (int j = - ${a}; j <= ${a}; j++) {
          ivec2 idx = depth + j;
          bvec2 aboveLowerBound = greaterThanEqual(idx, ivec2(0));
          bvec2 belowUpperBound = lessThanEqual(idx, ivec2(${c}));

          bool depthInRange = aboveLowerBound.x && belowUpperBound.x;
          bool depthPlusOneInRange = aboveLowerBound.y && belowUpperBound.y;

          if(depthInRange || depthPlusOneInRange){
            vec4 z = vec4(0.);
            vec4 xFragAtCurrentDepth;
            z.xz = cache.xy;
            if(depthPlusOneInRange && hasNextCol){
              xFragAtCurrentDepth = idx.y != d ?
                getX(b, r, c, idx.y) : xFragAtOutputCoords;
              z.y = getChannel(xFragAtCurrentDepth, vec2(c, idx.y));
              if(hasNextRow){
                z.w = getChannel(xFragAtCurrentDepth, vec2(c + 1, idx.y));
              }
            }
            cache.xy = z.yw;
            sum += z * z;
          }
        }
        vec4 result = xAtOutputCoords * ${u};
        setOutput(result);
      }
    `}};var goe=r=>{let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{depthRadius:s,bias:a,alpha:c,beta:u}=o,i=P().getBool("WEBGL_PACK_NORMALIZATION")?new sx(n.shape,s,a,c,u):new nx(n.shape,s,a,c,u);return t.runWebGLProgram(i,[n],n.dtype)},j3={kernelName:"LRN",backendName:"webgl",kernelFunc:goe};v();var ax=class{constructor(e,t,o,n,s){this.variableNames=["inputImage","outputImage","dy"],this.outputShape=[],this.outputShape=e,this.depth=e[3],this.depthRadius=t,this.bias=o,this.alpha=n,this.beta=s,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int r = coords[1];
        int c = coords[2];

        float result = 0.0;
        for (int d = 0; d < ${this.depth}; ++d) {
          int depthBegin = int(max(0.0, float(d - ${t})));
          int depthEnd = int(min(float(${this.depth}),
              float(d + ${t} + 1)));

          const int MIN_DEPTH_BEGIN = 0;
          const int MAX_DEPTH_END = ${this.depth};

          float norm = 0.0;
          for (int k = MIN_DEPTH_BEGIN; k < MAX_DEPTH_END; ++k) {
            if (k < depthBegin){
              continue;
            }
            else if (k >= depthBegin && k < depthEnd) {
              norm += getInputImage(b, r, c, k) * getInputImage(b, r, c, k);
            }
            else {
              break;
            }
          }

          norm = float(${n}) * norm + float(${o});

          for(int k = MIN_DEPTH_BEGIN; k < MAX_DEPTH_END; ++k){
            if (k < depthBegin){
              continue;
            }
            else if (k >= depthBegin && k < depthEnd){
              float dyi = -2.0 * float(${n})
                * float(${s})
                * getInputImage(b, r, c, k) * getOutputImage(b, r, c, d)
                / norm;
              if (k == d) {
                dyi += pow(norm, -1.0 * ${s});
              }
              if (k == coords[3]) {
                dyi *= getDy(b, r, c, d);
                result += dyi;
              }
            }
            else {
              break;
            }
          }
      }
      setOutput(result);
      }
    `}};var xoe=r=>{let{inputs:e,backend:t,attrs:o}=r,{x:n,y:s,dy:a}=e,{depthRadius:c,bias:u,alpha:i,beta:l}=o,p=new ax(n.shape,c,u,i,l);return t.runWebGLProgram(p,[n,s,a],n.dtype)},X3={kernelName:ji,backendName:"webgl",kernelFunc:xoe};v();v();v();function Y3(r,e,t,o){let n=b.sizeFromShape(e),a=b.sizeFromShape(r.shape)/n,c=se({inputs:{x:r},attrs:{shape:[a,n]},backend:o}),u=to(c,r.dtype,"max",o),i=se({inputs:{x:u},attrs:{shape:t},backend:o});return o.disposeIntermediateTensorInfo(c),o.disposeIntermediateTensorInfo(u),i}function J0(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{reductionIndices:s,keepDims:a}=o,c=n.shape.length,u=b.parseAxisParam(s,n.shape),i=u,l=S.getAxesPermutation(i,c),p=l!=null,m=t.shouldExecuteOnCPU([n]),f=n;if(p){if(m){let w=t.texData.get(f.dataId).values,C=new Array(c);for(let A=0;A<C.length;A++)C[A]=n.shape[l[A]];let T=Qu(w,n.shape,n.dtype,l,C);f=t.makeTensorInfo(C,n.dtype);let $=t.texData.get(f.dataId);$.values=T}else f=Nc(n,l,t);i=S.getInnerMostAxes(i.length,c)}S.assertAxesAreInnerMostDims("max",i,c);let[d,h]=S.computeOutAndReduceShapes(f.shape,i),g=d;a&&(g=S.expandShapeToKeepDim(d,u));let x;if(m){let w=t.texData.get(f.dataId).values,C=cP(w,b.sizeFromShape(h),g,n.dtype);x=t.makeTensorInfo(g,n.dtype);let T=t.texData.get(x.dataId);T.values=C}else x=Y3(f,h,g,t);return p&&t.disposeIntermediateTensorInfo(f),x}var J3={kernelName:"Max",backendName:"webgl",kernelFunc:J0};v();var boe=gp+`
  return max(a, b);
`,yoe=`
  vec4 result = vec4(max(a, b));
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+eo+`
  return result;
`,woe=it({opSnippet:boe,packedOpSnippet:yoe,cpuKernelImpl:uP}),Z3={kernelName:os,backendName:"webgl",kernelFunc:woe};v();function voe(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e;la(n,"maxPool");let{filterSize:s,strides:a,pad:c,dimRoundingMode:u}=o,i=1;b.assert(S.eitherStridesOrDilationsAreOne(a,i),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${i}'`);let l=S.computePool2DInfo(n.shape,s,a,i,c,u);if(l.filterWidth===1&&l.filterHeight===1&&b.arraysEqual(l.inShape,l.outShape))return Dt({inputs:{x:n},backend:t});let p=new sn(l,"max",!1);return t.runWebGLProgram(p,[n],n.dtype)}var Q3={kernelName:ns,backendName:"webgl",kernelFunc:voe};v();function Ioe(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{filterSize:s,strides:a,pad:c,dataFormat:u,dimRoundingMode:i}=o,l=[1,1,1],p=S.computePool3DInfo(n.shape,s,a,l,c,i,u),m=new Ec(p,"max",!1);return t.runWebGLProgram(m,[n],n.dtype)}var eB={kernelName:Va,backendName:"webgl",kernelFunc:Ioe};v();var ix=class{constructor(e){this.variableNames=["dy","maxPos"],this.outputShape=e.inShape;let t=e.strideHeight,o=e.strideWidth,n=e.dilationHeight,s=e.effectiveFilterHeight,a=e.effectiveFilterWidth,c=s-1-e.padInfo.top,u=a-1-e.padInfo.left,i=s*a-1;this.userCode=`
      const ivec2 pads = ivec2(${c}, ${u});

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];

        ivec2 dyRCCorner = coords.yz - pads;
        int dyRCorner = dyRCCorner.x;
        int dyCCorner = dyRCCorner.y;

        // Convolve dy(?, ?, d) with pos mask(:, :, d) to get dx(xR, xC, d).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${s};
          wR += ${n}) {
          float dyR = float(dyRCorner + wR) / ${t}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          for (int wC = 0; wC < ${a}; wC++) {
            float dyC = float(dyCCorner + wC) / ${o}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            float dyValue = getDy(b, idyR, idyC, d);
            int maxPosValue = ${i} - int(getMaxPos(b, idyR, idyC, d));

            // Get the current value, check it against the value from the
            // position matrix.
            int curPosValue = wR * ${a} + wC;
            float mask = float(maxPosValue == curPosValue ? 1.0 : 0.0);

            dotProd += dyValue * mask;
          }
        }
        setOutput(dotProd);
      }
    `}},cx=class{constructor(e){this.variableNames=["dy","maxPos"],this.outputShape=e.inShape;let t=e.strideDepth,o=e.strideHeight,n=e.strideWidth,s=e.dilationDepth,a=e.dilationHeight,c=e.dilationWidth,u=e.effectiveFilterDepth,i=e.effectiveFilterHeight,l=e.effectiveFilterWidth,p=u-1-e.padInfo.front,m=i-1-e.padInfo.top,f=l-1-e.padInfo.left,d=u*i*l-1;this.userCode=`
      const ivec3 pads = ivec3(${p}, ${m}, ${f});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyDCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        // Convolve dy(?, ?, ?, ch) with pos mask(:, :, :, d) to get
        // dx(xD, xR, xC, ch).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int wD = 0; wD < ${u};
           wD += ${s}) {
          float dyD = float(dyDCorner + wD) / ${t}.0;

          if (dyD < 0.0 || dyD >= ${e.outDepth}.0 || fract(dyD) > 0.0) {
            continue;
          }
          int idyD = int(dyD);

          for (int wR = 0; wR < ${i};
              wR += ${a}) {
            float dyR = float(dyRCorner + wR) / ${o}.0;

            if (dyR < 0.0 || dyR >= ${e.outHeight}.0 ||
                fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            for (int wC = 0; wC < ${l};
                wC += ${c}) {
              float dyC = float(dyCCorner + wC) / ${n}.0;

              if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              float dyValue = getDy(batch, idyD, idyR, idyC, ch);
              int maxPosValue = ${d} -
                  int(getMaxPos(batch, idyD, idyR, idyC, ch));

              // Get the current value, check it against the value from the
              // position matrix.
              int curPosValue =
                  wD * ${i} * ${l} +
                  wR * ${l} + wC;
              float mask = float(maxPosValue == curPosValue ? 1.0 : 0.0);

              dotProd += dyValue * mask;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function Coe(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,input:s}=e,a=s,{filterSize:c,strides:u,pad:i,dimRoundingMode:l}=o,p=[1,1,1],m=S.computePool3DInfo(a.shape,c,u,p,i,l),f=new Ec(m,"max",!0),d=t.runWebGLProgram(f,[a],a.dtype),h=new cx(m),g=t.runWebGLProgram(h,[n,d],a.dtype);return t.disposeIntermediateTensorInfo(d),g}var tB={kernelName:eu,backendName:"webgl",kernelFunc:Coe};v();function Soe(r){let{inputs:e,backend:t,attrs:o}=r,{dy:n,input:s,output:a}=e,c=s;la([s,a],"maxPoolGrad");let{filterSize:u,strides:i,pad:l,dimRoundingMode:p}=o,m=S.computePool2DInfo(c.shape,u,i,1,l,p),f=!0,d=new sn(m,"max",f),h=t.runWebGLProgram(d,[c],c.dtype),g=new ix(m),x=t.runWebGLProgram(g,[n,h],c.dtype);return t.disposeIntermediateTensorInfo(h),x}var rB={kernelName:Qc,backendName:"webgl",kernelFunc:Soe};v();v();function oB(r,e,t,o){let n=new sn(t,"max",!1),s=o.runWebGLProgram(n,[r],"float32");n=new sn(t,"max",!0,!0,e);let a=o.runWebGLProgram(n,[r],"float32");return[s,a]}var nB={kernelName:Ga,backendName:"webgl",kernelFunc:({inputs:r,attrs:e,backend:t})=>{let{x:o}=r,{filterSize:n,strides:s,pad:a,includeBatchInIndex:c}=e,u=t;b.assert(o.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${o.shape.length}.`);let i=[1,1];b.assert(S.eitherStridesOrDilationsAreOne(s,i),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${s} and dilations '${i}'`);let l=S.computePool2DInfo(o.shape,n,s,i,a),[p,m]=oB(o,c,l,u);return[p,m]}};v();v();function sB(r,e,t,o){let n=b.sizeFromShape(e),a=b.sizeFromShape(r.shape)/n,c=se({inputs:{x:r},attrs:{shape:[a,n]},backend:o}),u=to(c,"float32","mean",o),i=se({inputs:{x:u},attrs:{shape:t},backend:o});return o.disposeIntermediateTensorInfo(c),o.disposeIntermediateTensorInfo(u),i}var aB={kernelName:ss,backendName:"webgl",kernelFunc:({inputs:r,attrs:e,backend:t})=>{let{x:o}=r,{keepDims:n,axis:s}=e,a=t,c=o.shape.length,u=b.parseAxisParam(s,o.shape),i=u,l=S.getAxesPermutation(i,c),p=l!=null,m=a.shouldExecuteOnCPU([o]),f=[],d=o;if(p){if(m){let C=a.texData.get(d.dataId).values,T=new Array(c);for(let R=0;R<T.length;R++)T[R]=o.shape[l[R]];let $=Qu(C,o.shape,o.dtype,l,T);d=a.makeTensorInfo(T,o.dtype);let A=a.texData.get(d.dataId);A.values=$}else d=Nc(o,l,a);f.push(d),i=S.getInnerMostAxes(i.length,c)}S.assertAxesAreInnerMostDims("sum",i,c);let[h,g]=S.computeOutAndReduceShapes(d.shape,i),x=h;n&&(x=S.expandShapeToKeepDim(h,u));let y=sB(d,g,x,a);for(let w of f)a.disposeIntermediateTensorInfo(w);return y}};v();function koe(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,keepDims:a}=o,c=n.shape.length,u=b.parseAxisParam(s,n.shape),i=u,l=S.getAxesPermutation(i,c),p=n;l!=null&&(p=yt({inputs:{x:n},backend:t,attrs:{perm:l}}),i=S.getInnerMostAxes(i.length,n.shape.length)),S.assertAxesAreInnerMostDims("min",i,c);let[m,f]=S.computeOutAndReduceShapes(p.shape,i),d=b.sizeFromShape(f),h=se({inputs:{x:p},backend:t,attrs:{shape:[-1,d]}}),g=to(h,h.dtype,"min",t),x;if(a){let y=S.expandShapeToKeepDim(m,u);x=se({inputs:{x:g},backend:t,attrs:{shape:y}})}else x=se({inputs:{x:g},backend:t,attrs:{shape:m}});return t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(g),l!=null&&t.disposeIntermediateTensorInfo(p),x}var iB={kernelName:"Min",backendName:"webgl",kernelFunc:koe};v();var _oe=gp+`
  return min(a, b);
`,Toe=`
  vec4 result = vec4(min(a, b));
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+eo+`
  return result;
`,Noe=it({opSnippet:_oe,packedOpSnippet:Toe,cpuKernelImpl:lP}),cB={kernelName:as,backendName:"webgl",kernelFunc:Noe};v();var ux=class{constructor(e,t,o){this.variableNames=["x"],this.outputShape=t.map((l,p)=>l[0]+e[p]+l[1]);let n=e.length,s=$e(n),a=t.map(l=>l[0]).join(","),c=t.map((l,p)=>l[0]+e[p]).join(","),u=["coords[0]","coords[1]","coords[2]","coords[3]"].slice(0,n),i=o==="reflect"?0:1;if(n===1){this.userCode=`
        int start = ${a};
        int end = ${c};

        void main() {
          int outC = getOutputCoords();
          if (outC < start) {
            outC = start * 2 - outC - ${i};
          } else if(outC >= end) {
            outC = (end - 1) * 2 - outC + ${i};
          }
          setOutput(getX(outC - start));
        }
      `;return}this.userCode=`
      ${s} start = ${s}(${a});
      ${s} end = ${s}(${c});

      void main() {
        ${s} outC = getOutputCoords();
        for (int i = 0; i < ${n}; i++) {
          if (outC[i] < start[i]) {
            outC[i] = start[i] * 2 - outC[i] - ${i};
          } else if(outC[i] >= end[i]) {
            outC[i] = (end[i] - 1) * 2 - outC[i] + ${i};
          }
        }
        ${s} coords = outC - start;
        setOutput(getX(${u}));
      }
    `}};var lx=class{constructor(e,t,o){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=t.map((d,h)=>d[0]+e[h]+d[1]);let n=e.length,s=$e(n),a=t.map(d=>d[0]).join(","),c=t.map((d,h)=>d[0]+e[h]).join(","),u=Rt("rc",n),i=Rt("source",n),l=`${u[n-1]} < ${this.outputShape[n-1]}`,p=n===1?"source":`vec2(${i.slice(-2).join()})`,m=o==="reflect"?0:1,f="";if(n===1){let d=`
        ${s} source = rc;
        if (source < start) {
          source = start * 2 - source - ${m};
        } else if (source >= end) {
          source = (end - 1) * 2 - source + ${m};
        }
        source -= start;
      `;f=`
        ${s} rc = outputLoc;
        ${d}
        result[0] = getChannel(getX(${i.join()}), ${p});
        ${u[n-1]} += 1;
        if(${l}) {
          ${d}
          result[1] = getChannel(getX(${i.join()}), ${p});
        }
      `}else{let d=`
        ${s} source = rc;
        ${s} lt = ${s}(lessThan(source, start));
        ${s} gte = ${s}(greaterThanEqual(source, end));
        ${s} orig = 1 - (lt + gte);
        source = orig * source +
                lt * (start * 2 - source - ${m}) +
                gte * ((end - 1) * 2 - source + ${m});
        source -= start;
      `;f=`
        ${s} rc = outputLoc;
        ${d}
        result[0] = getChannel(getX(${i.join()}), ${p});
        ${u[n-1]} += 1;
        if(${l}) {
          ${d}
          result[1] = getChannel(getX(${i.join()}), ${p});
        }
        rc = outputLoc;
        ${u[n-2]} += 1;
        if(${u[n-2]} < ${this.outputShape[n-2]}) {
          ${d}
          result[2] = getChannel(getX(${i.join()}), ${p});
          ${u[n-1]} += 1;
          if(${l}) {
            ${d}
            result[3] = getChannel(getX(${i.join()}), ${p});
          }
        }
      `}this.userCode=`
      const ${s} start = ${s}(${a});
      const ${s} end = ${s}(${c});

      void main() {
        ${s} outputLoc = getOutputCoords();
        vec4 result = vec4(0.);
        ${f}
        setOutput(result);
      }
    `}};var Eoe=({inputs:r,backend:e,attrs:t})=>{let{x:o}=r,{paddings:n,mode:s}=t,a=P().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new lx(o.shape,n,s):new ux(o.shape,n,s);return e.runWebGLProgram(a,[o],o.dtype)},uB={kernelName:is,backendName:"webgl",kernelFunc:Eoe};v();var $oe=`if (b == 0.0) return NAN;
  return mod(a, b);`,Aoe=`
  vec4 result = mod(a, b);
  bvec4 isNaN = equal(b, vec4(0.0));
  `+eo+`
  return result;
`,Roe=it({opSnippet:$oe,packedOpSnippet:Aoe}),lB={kernelName:"Mod",backendName:"webgl",kernelFunc:Roe};v();var px=class{constructor(e,t,o){this.variableNames=["probs"],this.customUniforms=[{name:"seed",type:"float"}],this.outputShape=[e,o],this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];

        float r = random(seed);
        float cdf = 0.0;

        for (int i = 0; i < ${t-1}; i++) {
          cdf += getProbs(batch, i);

          if (r < cdf) {
            setOutput(float(i));
            return;
          }
        }

        // If no other event happened, last event happened.
        setOutput(float(${t-1}));
      }
    `}};v();v();var Doe=`
if (a == b) {
  return 1.0;
};
return a / b;`,Foe=`
  // vec4 one = vec4(equal(a, b));
  // return one + (vec4(1.0) - one) * a / b;
  vec4 result = a / b;
  if(a.x == b.x) {
    result.x = 1.;
  }
  if(a.y == b.y) {
    result.y = 1.;
  }
  if(a.z == b.z) {
    result.z = 1.;
  }
  if(a.w == b.w) {
    result.w = 1.;
  }

  return result;
`,Z0=it({opSnippet:Doe,packedOpSnippet:Foe,checkOutOfBounds:!0}),pB={kernelName:Pn,backendName:"webgl",kernelFunc:Z0};v();var mB="return a - b;",Q0=it({opSnippet:mB,packedOpSnippet:mB,supportsComplex:!0,cpuKernelImpl:AP}),fB={kernelName:"Sub",backendName:"webgl",kernelFunc:Q0};function eS(r){let{inputs:e,backend:t,attrs:o}=r,{logits:n}=e,{dim:s}=o,a=b.parseAxisParam([s],n.shape),c=J0({inputs:{x:n},backend:t,attrs:{reductionIndices:a,keepDims:!1}}),u=S.expandShapeToKeepDim(c.shape,a),i=se({inputs:{x:c},backend:t,attrs:{shape:u}}),l=Q0({inputs:{a:n,b:i},backend:t}),p=j0({inputs:{x:l},backend:t}),m=el({inputs:{x:p},backend:t,attrs:{axis:a,keepDims:!1}}),f=se({inputs:{x:m},backend:t,attrs:{shape:u}}),d=Z0({inputs:{a:p,b:f},backend:t});return t.disposeIntermediateTensorInfo(c),t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(f),d}var dB={kernelName:Ms,backendName:"webgl",kernelFunc:eS};function Moe(r){let{inputs:e,backend:t,attrs:o}=r,{logits:n}=e,{numSamples:s,seed:a,normalized:c}=o,u=c?n:eS({inputs:{logits:n},backend:t,attrs:{dim:n.shape.length-1}}),i=u.shape[0],l=u.shape[1],p=new px(i,l,s),m=[[a]],f=t.runWebGLProgram(p,[u],"int32",m);return c||t.disposeIntermediateTensorInfo(u),f}var hB={kernelName:cs,backendName:"webgl",kernelFunc:Moe};v();var Poe=zt+`
  return -x;
`,Ooe=`
  vec4 result = -x;
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`;function Boe(r){let{inputs:e,backend:t}=r,{x:o}=e;if(t.shouldExecuteOnCPU([o])){let s=t.texData.get(o.dataId),[a,c]=mP(s.values,o.shape,o.dtype);return t.makeTensorInfo(c,o.dtype,a)}let n;return P().getBool("WEBGL_PACK_UNARY_OPERATIONS")?n=new Vr(o.shape,Ooe):n=new lr(o.shape,Poe),t.runWebGLProgram(n,[o],o.dtype)}var gB={kernelName:"Neg",backendName:"webgl",kernelFunc:Boe};v();var Loe=cr.nonMaxSuppressionV3Impl;function Woe(r){S.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:e,backend:t,attrs:o}=r,{boxes:n,scores:s}=e,{maxOutputSize:a,iouThreshold:c,scoreThreshold:u}=o,i=t.readSync(n.dataId),l=t.readSync(s.dataId),{selectedIndices:p}=Loe(i,l,a,c,u);return t.makeTensorInfo([p.length],"int32",new Int32Array(p))}var xB={kernelName:ps,backendName:"webgl",kernelFunc:Woe};v();var Voe=cr.nonMaxSuppressionV4Impl;function Goe(r){S.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:e,backend:t,attrs:o}=r,{boxes:n,scores:s}=e,{maxOutputSize:a,iouThreshold:c,scoreThreshold:u,padToMaxOutputSize:i}=o,l=t.readSync(n.dataId),p=t.readSync(s.dataId),{selectedIndices:m,validOutputs:f}=Voe(l,p,a,c,u,i);return[t.makeTensorInfo([m.length],"int32",new Int32Array(m)),t.makeTensorInfo([],"int32",new Int32Array([f]))]}var bB={kernelName:ms,backendName:"webgl",kernelFunc:Goe};v();var Uoe=cr.nonMaxSuppressionV5Impl;function zoe(r){S.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:e,backend:t,attrs:o}=r,{boxes:n,scores:s}=e,{maxOutputSize:a,iouThreshold:c,scoreThreshold:u,softNmsSigma:i}=o,l=t.readSync(n.dataId),p=t.readSync(s.dataId),m=a,f=c,d=u,h=i,{selectedIndices:g,selectedScores:x}=Uoe(l,p,m,f,d,h);return[t.makeTensorInfo([g.length],"int32",new Int32Array(g)),t.makeTensorInfo([x.length],"float32",new Float32Array(x))]}var yB={kernelName:fs,backendName:"webgl",kernelFunc:zoe};v();var mx=class{constructor(e,t,o,n){this.variableNames=["indices"],this.outputShape=[e,t],this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int index = round(getIndices(coords.x));
        setOutput(mix(float(${n}), float(${o}),
                      float(index == coords.y)));
      }
    `}};var Hoe=r=>{let{inputs:e,backend:t,attrs:o}=r,{indices:n}=e,{dtype:s,depth:a,onValue:c,offValue:u}=o,i=b.sizeFromShape(n.shape),l=new mx(i,a,c,u),p=se({inputs:{x:n},backend:t,attrs:{shape:[i]}}),m=t.runWebGLProgram(l,[p],s);t.disposeIntermediateTensorInfo(p);let f=[...n.shape,a],d=se({inputs:{x:m},backend:t,attrs:{shape:f}});return t.disposeIntermediateTensorInfo(m),d},wB={kernelName:ds,backendName:"webgl",kernelFunc:Hoe};v();v();function jm(r){let{inputs:e,backend:t}=r,{x:o}=e;if(o.dtype==="complex64"){let n=Pi({inputs:{input:o},backend:t}),s=jm({inputs:{x:n},backend:t}),a=rl({inputs:{input:o},backend:t}),c=jm({inputs:{x:a},backend:t}),u=Ur({inputs:{real:s,imag:c},backend:t});return t.disposeIntermediateTensorInfo(n),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(c),u}else return Oi({attrs:{shape:o.shape,dtype:o.dtype,value:o.dtype==="string"?"":0},backend:t})}var vB={kernelName:mi,backendName:"webgl",kernelFunc:jm};function IB(r){let{inputs:e,backend:t}=r,{x:o}=e;if(o.dtype==="string")throw new Error("onesLike is not supported under string dtype");if(o.dtype==="complex64"){let n=Pi({inputs:{input:o},backend:t}),s=IB({inputs:{x:n},backend:t}),a=rl({inputs:{input:o},backend:t}),c=jm({inputs:{x:a},backend:t}),u=Ur({inputs:{real:s,imag:c},backend:t});return t.disposeIntermediateTensorInfo(n),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(c),u}else return Oi({attrs:{shape:o.shape,dtype:o.dtype,value:1},backend:t})}var CB={kernelName:Ha,backendName:"webgl",kernelFunc:IB};v();function qoe(r){let{inputs:e,backend:t,attrs:o}=r,{axis:n}=o;if(e.length===1)return Yg({inputs:{input:e[0]},backend:t,attrs:{dim:n}});let s=e[0].shape,a=e[0].dtype;e.forEach(l=>{b.assertShapesMatch(s,l.shape,"All tensors passed to stack must have matching shapes"),b.assert(a===l.dtype,()=>"All tensors passed to stack must have matching dtypes")});let c=[],u=e.map(l=>{let p=Yg({inputs:{input:l},backend:t,attrs:{dim:n}});return c.push(p),p}),i=K0({inputs:u,backend:t,attrs:{axis:n}});return c.forEach(l=>t.disposeIntermediateTensorInfo(l)),i}var SB={kernelName:qa,backendName:"webgl",kernelFunc:qoe};v();var fx=class{constructor(e,t,o){this.variableNames=["x"],this.customUniforms=[{name:"value",type:"float"}],this.outputShape=t.map((i,l)=>i[0]+e[l]+i[1]);let n=e.length,s=$e(n),a=t.map(i=>i[0]).join(","),c=t.map((i,l)=>i[0]+e[l]).join(","),u=["coords[0]","coords[1]","coords[2]","coords[3]"].slice(0,n);if(n===1){this.userCode=`
        int start = ${a};
        int end = ${c};

        void main() {
          int outC = getOutputCoords();
          if (outC < start || outC >= end) {
            setOutput(value);
          } else {
            setOutput(getX(outC - start));
          }
        }
      `;return}this.userCode=`
      ${s} start = ${s}(${a});
      ${s} end = ${s}(${c});

      void main() {
        ${s} outC = getOutputCoords();
        if (any(lessThan(outC, start)) || any(greaterThanEqual(outC, end))) {
          setOutput(value);
        } else {
          ${s} coords = outC - start;
          setOutput(getX(${u}));
        }
      }
    `}};var dx=class{constructor(e,t,o){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"value",type:"float"}],this.outputShape=t.map((h,g)=>h[0]+e[g]+h[1]);let n=e.length,s=$e(n),a=t.map(h=>h[0]).join(","),c=t.map((h,g)=>h[0]+e[g]).join(","),u=Rt("rc",n),i=Rt("source",n),l=`${u[n-1]} < ${this.outputShape[n-1]}`,p=n===1?"source":`vec2(${i.slice(-2).join()})`,m=[`${s} rc = outputLoc;`,`${u[n-1]} += 1;
       if(${l}) {
      `,n===1?"":`}
       rc = outputLoc;
       ${u[n-2]} += 1;
       if(${u[n-2]} < ${this.outputShape[n-2]}) {`,n===1?"":`  ${u[n-1]} += 1;
         if(${l}) {`],f=n===1?"rc < start || rc >= end":"any(lessThan(rc, start)) || any(greaterThanEqual(rc, end))",d="";for(let h=0,g=n===1?2:4;h<g;h++)d+=`
        ${m[h]}
        if (${f}) {
          result[${h}] = float(value);
        } else {
          ${s} source = rc - start;
          result[${h}] = getChannel(getX(${i.join()}), ${p});
        }
      `;d+=n===1?"} ":"}}",this.userCode=`
      const ${s} start = ${s}(${a});
      const ${s} end = ${s}(${c});

      void main() {
        ${s} outputLoc = getOutputCoords();
        vec4 result = vec4(0.);
        ${d}
        setOutput(result);
      }
    `}};var tS=r=>{let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{paddings:s,constantValue:a}=o;if(b.sizeFromShape(n.shape)===0){let i=s.map((l,p)=>l[0]+n.shape[p]+l[1]);return Oi({backend:t,attrs:{shape:i,value:a,dtype:n.dtype}})}let c=P().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new dx(n.shape,s,a):new fx(n.shape,s,a),u=[[a]];return t.runWebGLProgram(c,[n],n.dtype,u)},kB={kernelName:hs,backendName:"webgl",kernelFunc:tS};v();var Koe=`
  if(a < 0.0 && floor(b) < b){
    return NAN;
  }
  if (b == 0.0) {
    return 1.0;
  }
  return (round(mod(b, 2.0)) != 1) ?
      pow(abs(a), b) : sign(a) * pow(abs(a), b);
`,joe=`
  // isModRound1 has 1 for components with round(mod(b, 2.0)) == 1, 0 otherwise.
  vec4 isModRound1 = vec4(equal(round(mod(b, 2.0)), ivec4(1)));
  vec4 multiplier = sign(a) * isModRound1 + (vec4(1.0) - isModRound1);
  vec4 result = multiplier * pow(abs(a), b);

  // Ensure that a^0 = 1, including 0^0 = 1 as this correspond to TF and JS
  bvec4 isExpZero = equal(b, vec4(0.0));
  result.r = isExpZero.r ? 1.0 : result.r;
  result.g = isExpZero.g ? 1.0 : result.g;
  result.b = isExpZero.b ? 1.0 : result.b;
  result.a = isExpZero.a ? 1.0 : result.a;

  bvec4 isNaN1 = lessThan(a, vec4(0.0));
  bvec4 isNaN2 = lessThan(floor(b), b);
  bvec4 isNaN = bvec4(isNaN1.x && isNaN2.x, isNaN1.y && isNaN2.y, isNaN1.z && isNaN2.z, isNaN1.w && isNaN2.w);
  `+eo+`
  return result;
`,Xoe=it({opSnippet:Koe,packedOpSnippet:joe}),_B={kernelName:"Pow",backendName:"webgl",kernelFunc:Xoe};v();function Yoe(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{axis:s,keepDims:a}=o,c=n.shape.length,u=[],i=b.parseAxisParam(s,n.shape),l=i,p=S.getAxesPermutation(l,c),m=n;p!=null&&(m=yt({inputs:{x:n},backend:t,attrs:{perm:p}}),l=S.getInnerMostAxes(l.length,c),u.push(m)),S.assertAxesAreInnerMostDims("prod",l,c);let f;if(t.shouldExecuteOnCPU([m])){let d=t.texData.get(m.dataId).values,{outVals:h,outShape:g,outDtype:x}=dP(m.shape,m.dtype,d,l);f=t.makeTensorInfo(g,x,h)}else{let[d,h]=S.computeOutAndReduceShapes(m.shape,l),g=b.sizeFromShape(h),x=se({inputs:{x:m},backend:t,attrs:{shape:[-1,g]}}),y=rc(n.dtype),w=to(x,y,"prod",t);f=se({inputs:{x:w},backend:t,attrs:{shape:d}}),u.push(x),u.push(w)}if(a){u.push(f);let d=S.expandShapeToKeepDim(f.shape,i);f=se({inputs:{x:f},backend:t,attrs:{shape:d}})}return u.forEach(d=>t.disposeIntermediateTensorInfo(d)),f}var TB={kernelName:xs,backendName:"webgl",kernelFunc:Yoe};v();function Joe(r){let{inputs:e,backend:t,attrs:o}=r,{paramsNestedSplits:n,paramsDenseValues:s,indices:a}=e,{outputRaggedRank:c}=o,u=n.map(x=>t.readSync(x.dataId)),i=n.map(x=>x.shape),l=t.readSync(s.dataId),p=t.readSync(a.dataId),[m,f,d]=hP(u,i,l,s.shape,s.dtype,p,a.shape,c),h=m.map(x=>t.makeTensorInfo([x.length],"int32",x)),g=t.makeTensorInfo(d,s.dtype,f);return h.concat([g])}var NB={kernelName:tu,backendName:"webgl",kernelFunc:Joe};v();function Zoe(r){let{inputs:e,backend:t}=r,{starts:o,limits:n,deltas:s}=e,a=t.readSync(o.dataId),c=t.readSync(n.dataId),u=t.readSync(s.dataId),[i,l]=gP(a,o.shape,o.dtype,c,n.shape,u,s.shape),p=t.makeTensorInfo([i.length],"int32",i),m=t.makeTensorInfo([l.length],o.dtype,l);return[p,m]}var EB={kernelName:ru,backendName:"webgl",kernelFunc:Zoe};v();function Qoe(r){let{inputs:e,backend:t,attrs:o}=r,{shape:n,values:s,defaultValue:a,rowPartitionTensors:c}=e,{rowPartitionTypes:u}=o,i=t.readSync(n.dataId),l=t.readSync(s.dataId),p=t.readSync(a.dataId),m=c.map(g=>t.readSync(g.dataId)),f=c.map(g=>g.shape),[d,h]=xP(i,n.shape,l,s.shape,s.dtype,p,a.shape,m,f,u);return t.makeTensorInfo(d,s.dtype,h)}var $B={kernelName:ou,backendName:"webgl",kernelFunc:Qoe};v();var rS=r=>{let{backend:e,attrs:t}=r,{start:o,stop:n,step:s,dtype:a}=t,c=bP(o,n,s,a);return e.makeTensorInfo([c.length],a,c)},AB={kernelName:ja,backendName:"webgl",kernelFunc:rS};v();var ene="return 1.0 / x;",tne=ye({opSnippet:ene}),RB={kernelName:bs,backendName:"webgl",kernelFunc:tne};v();var rne=zt+`
  return (x < 0.0) ? 0.0 : x;
`,one=`
  vec4 result = x * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,nne=ye({opSnippet:rne,packedOpSnippet:one}),DB={kernelName:ys,backendName:"webgl",kernelFunc:nne};v();var sne=zt+`
  return (x < 0.0) ? 0.0 : min(6.0, x);
`,ane=`
  vec4 result = min(x, vec4(6.)) * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,ine=ye({opSnippet:sne,packedOpSnippet:ane}),FB={kernelName:Is,backendName:"webgl",kernelFunc:ine};v();var hx=class{constructor(e,t,o,n,s){this.variableNames=["A"],this.outputShape=[];let[a,c,u,i]=e;this.outputShape=[a,t,o,i];let l=[n&&t>1?c-1:c,n&&o>1?u-1:u],p=[n&&t>1?t-1:t,n&&o>1?o-1:o],m;s?m="(vec2(yRC) + vec2(0.5)) * effectiveInputOverOutputRatioRC - vec2(0.5)":m="vec2(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec2 effectiveInputOverOutputRatioRC = vec2(
          ${l[0]/p[0]},
          ${l[1]/p[1]});
      const vec2 inputShapeRC = vec2(${c}.0, ${u}.0);

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        ivec2 yRC = coords.yz;

        // Fractional source index.
        vec2 sourceFracIndexRC = ${m};

        // Compute the four integer indices.
        ivec2 sourceFloorRC = ivec2(max(sourceFracIndexRC, vec2(0.0)));
        ivec2 sourceCeilRC = ivec2(
          min(inputShapeRC - 1.0, ceil(sourceFracIndexRC)));

        float topLeft = getA(b, sourceFloorRC.x, sourceFloorRC.y, d);
        float bottomLeft = getA(b, sourceCeilRC.x, sourceFloorRC.y, d);
        float topRight = getA(b, sourceFloorRC.x, sourceCeilRC.y, d);
        float bottomRight = getA(b, sourceCeilRC.x, sourceCeilRC.y, d);

        vec2 fracRC = sourceFracIndexRC - vec2(sourceFloorRC);

        float top = topLeft + (topRight - topLeft) * fracRC.y;
        float bottom = bottomLeft + (bottomRight - bottomLeft) * fracRC.y;
        float newValue = top + (bottom - top) * fracRC.x;

        setOutput(newValue);
      }
    `}};var gx=class{constructor(e,t,o,n,s){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[];let[a,c,u,i]=e;this.outputShape=[a,t,o,i];let l=[n&&t>1?c-1:c,n&&o>1?u-1:u],p=[n&&t>1?t-1:t,n&&o>1?o-1:o],m;s?m="(vec3(yRC) + vec3(0.5)) * effectiveInputOverOutputRatioRC - vec3(0.5)":m="vec3(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec3 effectiveInputOverOutputRatioRC = vec3(
          ${l[0]/p[0]},
          ${l[1]/p[1]},
          ${l[1]/p[1]});
      const vec3 inputShapeRC = vec3(${c}.0, ${u}.0,
                                     ${u}.0);

      float getAValue(int b, int r, int c, int d) {
        return getChannel(getA(b, r, c, d), vec2(c, d));
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        // Calculate values for next column in yRC.z.
        ivec3 yRC = coords.yzz + ivec3(0, 0, 1);

        // Fractional source index.
        vec3 sourceFracIndexRC = ${m};

        // Compute the four integer indices.
        ivec3 sourceFloorRC = ivec3(max(sourceFracIndexRC, vec3(0.0)));
        ivec3 sourceCeilRC = ivec3(
          min(inputShapeRC - 1.0, ceil(sourceFracIndexRC)));

        // Should we calculate next column and row elements in 2x2 packed cell.
        bool hasNextCol = d < ${i-1};
        bool hasNextRow = coords.z < ${o-1};

        // In parallel, construct four corners for all four components in
        // packed 2x2 cell.
        vec4 topLeft = vec4(
          getAValue(b, sourceFloorRC.x, sourceFloorRC.y, d),
          hasNextCol ? getAValue(b, sourceFloorRC.x, sourceFloorRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceFloorRC.x, sourceFloorRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceFloorRC.x, sourceFloorRC.z, d + 1) : 0.0);

        vec4 bottomLeft = vec4(
          getAValue(b, sourceCeilRC.x, sourceFloorRC.y, d),
          hasNextCol ? getAValue(b, sourceCeilRC.x, sourceFloorRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceCeilRC.x, sourceFloorRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceCeilRC.x, sourceFloorRC.z, d + 1) : 0.0);

        vec4 topRight = vec4(
          getAValue(b, sourceFloorRC.x, sourceCeilRC.y, d),
          hasNextCol ? getAValue(b, sourceFloorRC.x, sourceCeilRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceFloorRC.x, sourceCeilRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceFloorRC.x, sourceCeilRC.z, d + 1) : 0.0);

        vec4 bottomRight = vec4(
          getAValue(b, sourceCeilRC.x, sourceCeilRC.y, d),
          hasNextCol ? getAValue(b, sourceCeilRC.x, sourceCeilRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceCeilRC.x, sourceCeilRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceCeilRC.x, sourceCeilRC.z, d + 1) : 0.0);

        vec3 fracRC = sourceFracIndexRC - vec3(sourceFloorRC);

        vec4 top = mix(topLeft, topRight, fracRC.yyzz);
        vec4 bottom = mix(bottomLeft, bottomRight, fracRC.yyzz);
        vec4 newValue = mix(top, bottom, fracRC.x);

        setOutput(newValue);
      }
    `}};function cne(r){let{inputs:e,backend:t,attrs:o}=r,{images:n}=e,{alignCorners:s,halfPixelCenters:a,size:c}=o,[u,i]=c,l=P().getBool("WEBGL_PACK_IMAGE_OPERATIONS")?new gx(n.shape,u,i,s,a):new hx(n.shape,u,i,s,a);return t.runWebGLProgram(l,[n],"float32")}var MB={kernelName:vs,backendName:"webgl",kernelFunc:cne};v();var xx=class{constructor(e,t,o){this.variableNames=["dy"],this.outputShape=[],this.outputShape=t;let[,n,s]=t,[,a,c]=e,u=[o&&a>1?n-1:n,o&&c>1?s-1:s],i=[o&&a>1?a-1:a,o&&c>1?c-1:c],l=u[0]/i[0],p=u[1]/i[1],m=1/l,f=1/p,d=Math.ceil(m)*2+2,h=Math.ceil(f)*2+2;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        int r = coords[1];
        int c = coords[2];

        float accumulator = 0.0;

        const float heightScale = float(${l});
        const float widthScale = float(${p});

        const float invHeightScale = float(${m});
        const float invWidthScale = float(${f});

        const int winHeight = int(${d});
        const int winWidth = int(${h});

        // Compute bounds for where in dy we will look
        float startRLerp = floor(float(r) * invHeightScale);
        int startDyR = int(startRLerp - float(winHeight / 2));

        float startCLerp = floor(float(c) * invWidthScale);
        int startDyC = int(startCLerp - float(winWidth / 2));

        // Loop over dy
        for (int dyROffset = 0; dyROffset < winHeight; dyROffset++) {
          int dyR = dyROffset + startDyR;

          // Guard against the window exceeding the bounds of dy
          if (dyR < 0 || dyR >= ${a}) {
            continue;
          }

          for (int dyCOffset = 0; dyCOffset < winWidth; dyCOffset++) {
            int dyC = dyCOffset + startDyC;

            // Guard against the window exceeding the bounds of dy
            if (dyC < 0 || dyC >= ${c}) {
              continue;
            }

            float dxR = float(dyR) * heightScale;
            int topDxRIndex = int(floor(dxR));
            int bottomDxRIndex = int(min(ceil(dxR), ${n-1}.0));
            float dxRLerp = dxR - float(topDxRIndex);
            float inverseDxRLerp = 1.0 - dxRLerp;

            float dxC = float(dyC) * widthScale;
            int leftDxCIndex = int(floor(dxC));
            int rightDxCIndex = int(min(ceil(dxC), ${s-1}.0));
            float dxCLerp = dxC - float(leftDxCIndex);
            float inverseDxCLerp = 1.0 - dxCLerp;

            if (r == topDxRIndex && c == leftDxCIndex) {
              // topLeft
              accumulator +=
                getDy(b, dyR, dyC, d) * inverseDxRLerp * inverseDxCLerp;
            }

            if (r == topDxRIndex && c == rightDxCIndex) {
              // topRight
              accumulator += getDy(b, dyR, dyC, d) * inverseDxRLerp * dxCLerp;
            }

            if (r == bottomDxRIndex && c == leftDxCIndex) {
              // bottomLeft
              accumulator += getDy(b, dyR, dyC, d) * dxRLerp * inverseDxCLerp;
            }

            if (r == bottomDxRIndex && c == rightDxCIndex) {
              // bottomRight
              accumulator += getDy(b, dyR, dyC, d) * dxRLerp * dxCLerp;
            }
          }
        }
        // End loop over dy

        setOutput(accumulator);
      }
    `}};function une(r){let{inputs:e,backend:t,attrs:o}=r,{images:n,dy:s}=e,{alignCorners:a}=o,c=new xx(s.shape,n.shape,a);return t.runWebGLProgram(c,[s],s.dtype)}var PB={kernelName:Ji,backendName:"webgl",kernelFunc:une};v();var bx=class{constructor(e,t,o,n,s){this.variableNames=["A"],this.outputShape=[];let[a,c,u,i]=e;this.outputShape=[a,t,o,i];let l=[n&&t>1?c-1:c,n&&o>1?u-1:u],p=[n&&t>1?t-1:t,n&&o>1?o-1:o],m=n?"0.5":"0.0",f;s?f="max((vec2(yRC) + vec2(0.5)) * effectiveInputOverOutputRatioRC, vec2(0.0))":f="vec2(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec2 effectiveInputOverOutputRatioRC = vec2(
          ${l[0]/p[0]},
          ${l[1]/p[1]});
      const vec2 inputShapeRC = vec2(${c}.0, ${u}.0);

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        ivec2 yRC = coords.yz;

        // Fractional source index.
        vec2 sourceFracIndexRC = ${f};

        // Compute the coordinators of nearest neighbor point.
        ivec2 sourceNearestRC = ivec2(
          min(inputShapeRC - 1.0, floor(sourceFracIndexRC + ${m})));
        float newValue = getA(b, sourceNearestRC.x, sourceNearestRC.y, d);

        setOutput(newValue);
      }
    `}};var yx=class{constructor(e,t,o,n,s){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[];let[a,c,u,i]=e;this.outputShape=[a,t,o,i];let l=[n&&t>1?c-1:c,n&&o>1?u-1:u],p=[n&&t>1?t-1:t,n&&o>1?o-1:o],m=n?"0.5":"0.0",f;s?f="max((vec3(yRC) + vec3(0.5)) * effectiveInputOverOutputRatioRC, vec3(0.0))":f="vec3(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec3 effectiveInputOverOutputRatioRC = vec3(
          ${l[0]/p[0]},
          ${l[1]/p[1]},
          ${l[1]/p[1]});
      const vec3 inputShapeRC = vec3(${c}.0, ${u}.0,
                                     ${u}.0);

      float getAValue(int b, int r, int c, int d) {
        return getChannel(getA(b, r, c, d), vec2(c, d));
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        // Calculate values for next column in yRC.z.
        ivec3 yRC = coords.yzz + ivec3(0, 0, 1);

        // Fractional source index.
        vec3 sourceFracIndexRC = ${f};

        // Compute the coordinators of nearest neighbor point.
        ivec3 sourceNearestRC = ivec3(
          min(inputShapeRC - 1.0, floor(sourceFracIndexRC + ${m})));

        // Should we calculate next column and row elements in 2x2 packed cell.
        bool hasNextCol = d < ${i-1};
        bool hasNextRow = coords.z < ${o-1};

        vec4 newValue = vec4(
          getAValue(b, sourceNearestRC.x, sourceNearestRC.y, d),
          hasNextCol ? getAValue(b, sourceNearestRC.x, sourceNearestRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceNearestRC.x, sourceNearestRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceNearestRC.x, sourceNearestRC.z, d + 1) : 0.0);

        setOutput(newValue);
      }
    `}};function lne(r){let{inputs:e,backend:t,attrs:o}=r,{images:n}=e,{alignCorners:s,halfPixelCenters:a,size:c}=o,[u,i]=c,l=P().getBool("WEBGL_PACK_IMAGE_OPERATIONS")?new yx(n.shape,u,i,s,a):new bx(n.shape,u,i,s,a);return t.runWebGLProgram(l,[n],n.dtype)}var OB={kernelName:ws,backendName:"webgl",kernelFunc:lne};v();var wx=class{constructor(e,t,o){this.variableNames=["dy"],this.outputShape=[],this.outputShape=t;let[,n,s]=t,[,a,c]=e,u=[o&&a>1?n-1:n,o&&c>1?s-1:s],i=[o&&a>1?a-1:a,o&&c>1?c-1:c],l=u[0]/i[0],p=u[1]/i[1],m=1/l,f=1/p,d=Math.ceil(m)*2+2,h=Math.ceil(f)*2+2;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        int r = coords[1];
        int c = coords[2];

        float accumulator = 0.0;

        const float heightScale = float(${l});
        const float widthScale = float(${p});

        const float invHeightScale = float(${m});
        const float invWidthScale = float(${f});

        const int winHeight = int(${d});
        const int winWidth = int(${h});

        // Compute bounds for where in dy we will look
        float startRLerp = floor(float(r) * invHeightScale);
        int startDyR = int(floor(startRLerp - float(winHeight / 2)));

        float startCLerp = floor(float(c) * invWidthScale);
        int startDyC = int(floor(startCLerp - float(winWidth / 2)));

        // Loop over dy
        for (int dyROffset = 0; dyROffset < winHeight; dyROffset++) {
          int dyR = dyROffset + startDyR;

          // Guard against the window exceeding the bounds of dy
          if (dyR < 0 || dyR >= ${a}) {
            continue;
          }

          for (int dyCOffset = 0; dyCOffset < winWidth; dyCOffset++) {
            int dyC = dyCOffset + startDyC;

            // Guard against the window exceeding the bounds of dy
            if (dyC < 0 || dyC >= ${c}) {
              continue;
            }

            float sourceFracRow =
              float(${u[0]}) *
                (float(dyR) / float(${i[0]}));

            float sourceFracCol =
                float(${u[1]}) *
                  (float(dyC) / float(${i[1]}));

            int sourceNearestRow = int(min(
                float(int(${n}) - 1),
                ${o} ? float(round(sourceFracRow)) :
                                  float(floor(sourceFracRow))));

            int sourceNearestCol = int(min(
                float(int(${s}) - 1),
                ${o} ? float(round(sourceFracCol)) :
                                  float(floor(sourceFracCol))));

            if (r == sourceNearestRow && c == sourceNearestCol) {
              accumulator += getDy(b, dyR, dyC, d);
            }
          }
        }
        // End loop over dy

        setOutput(accumulator);
      }
    `}};function pne(r){let{inputs:e,backend:t,attrs:o}=r,{images:n,dy:s}=e,{alignCorners:a}=o,c=new wx(s.shape,n.shape,a);return t.runWebGLProgram(c,[s],s.dtype)}var BB={kernelName:Yi,backendName:"webgl",kernelFunc:pne};v();var vx=class{constructor(e,t){this.variableNames=["x"];let o=e.length;if(o>4)throw new Error(`WebGL backend: Reverse of rank-${o} tensor is not yet supported`);if(this.outputShape=e,o===1){this.userCode=`
        void main() {
          int coord = getOutputCoords();
          setOutput(getX(${e[0]} - coord - 1));
        }
      `;return}let n=c=>t.indexOf(c)!==-1&&e[c]!==1?`${e[c]} - coords[${c}] - 1`:`coords[${c}]`,s=e.map((c,u)=>n(u)).join(","),a=$e(o);this.userCode=`
      void main() {
        ${a} coords = getOutputCoords();
        setOutput(getX(${s}));
      }
    `}};var Ix=class{constructor(e,t){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0;let o=e.length;if(o>4)throw new Error(`WebGL backend: Reverse of rank-${o} tensor is not yet supported`);this.outputShape=e;let n=Rt("rc",o),s=`${n[o-1]} + 1 < ${this.outputShape[o-1]}`,a=`${n[o-2]} + 1 < ${this.outputShape[o-2]}`,c=$e(o);o===1?this.userCode=`
        void main(){
          int rc = getOutputCoords();
          vec4 result = vec4(0.);
          result.r = getChannel(getX(${e[0]} - rc - 1),
            ${e[0]} - rc - 1);
          if(${s}){
              result.g = getChannel(getX(${e[0]} - (rc  + 1) - 1),
                ${e[0]} - (rc  + 1) - 1);
          }
          setOutput(result);
        }
      `:this.userCode=`
        void main() {
          ${c} rc = getOutputCoords();
          vec4 result = vec4(0.);
          result.r = ${u(n.slice())};
          if(${s}){
            result.g = ${i(n.slice())};
          }
          if(${a}) {
            result.b = ${l(n.slice())};
            if(${s}) {
              result.a = ${p(n.slice())};
            }
          }
          setOutput(result);
        }
    `;function u(d){return m(d)}function i(d){return d[o-1]="("+d[o-1]+" + 1)",m(d)}function l(d){return d[o-2]="("+d[o-2]+" + 1)",m(d)}function p(d){return d[o-1]="("+d[o-1]+" + 1)",d[o-2]="("+d[o-2]+" + 1)",m(d)}function m(d){let h=e.map((y,w)=>f(w,d)),g=h.join(","),x=h.slice(-2).join(",");return`getChannel(getX(${g}), vec2(${x}))`}function f(d,h){return t.indexOf(d)!==-1&&e[d]!==1?`${e[d]} - ${h[d]} - 1`:`${h[d]}`}}};function mne(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{dims:s}=o,a=n.shape.length,c=b.parseAxisParam(s,n.shape);if(a===0)return Dt({inputs:{x:n},backend:t});let u=P().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new Ix(n.shape,c):new vx(n.shape,c);return t.runWebGLProgram(u,[n],n.dtype)}var LB={kernelName:Cs,backendName:"webgl",kernelFunc:mne};v();v();var Cx=class{constructor(e,t){this.variableNames=["Image"],this.outputShape=[],this.customUniforms=[{name:"params",type:"vec4"}];let o=e[1],n=e[2];this.outputShape=e;let s="";typeof t=="number"?s=`float outputValue = ${t.toFixed(2)};`:s=`
        vec3 fill = vec3(${t.join(",")});
        float outputValue = fill[coords[3]];`,this.userCode=`
        void main() {
          ivec4 coords = getOutputCoords();
          int x = coords[2];
          int y = coords[1];
          float coordXFloat = (float(x) - params[0]) * params[3] -
            (float(y) - params[1]) * params[2];
          float coordYFloat = (float(x) - params[0]) * params[2] +
            (float(y) - params[1]) * params[3];
          int coordX = int(round(coordXFloat + params[0]));
          int coordY = int(round(coordYFloat + params[1]));
          ${s}
          if(coordX >= 0 && coordX < ${n} && coordY >= 0 && coordY < ${o}) {
            outputValue = getImage(coords[0], coordY, coordX, coords[3]);
          }
          setOutput(outputValue);
        }
    `}};var WB={kernelName:Us,backendName:"webgl",kernelFunc:({inputs:r,attrs:e,backend:t})=>{let{image:o}=r,{radians:n,fillValue:s,center:a}=e,c=t,u=new Cx(o.shape,s),[i,l]=S.getImageCenter(a,o.shape[1],o.shape[2]),p=[[i,l,Math.sin(n),Math.cos(n)]];return c.runWebGLProgram(u,[o],o.dtype,p)}};v();var fne=`
  // OpenGL ES does not support round function.
  // The algorithm is based on banker's rounding.
  float base = floor(x);
  if ((x - base) < 0.5) {
    return floor(x);
  } else if ((x - base) > 0.5) {
    return ceil(x);
  } else {
    if (mod(base, 2.0) == 0.0) {
      return base;
    } else {
      return base + 1.0;
    }
  }
`,dne=ye({opSnippet:fne}),VB={kernelName:Ss,backendName:"webgl",kernelFunc:dne};v();var hne="return inversesqrt(x);",gne=ye({opSnippet:hne,cpuKernelImpl:yP}),GB={kernelName:ks,backendName:"webgl",kernelFunc:gne};v();var $c=class{constructor(e,t,o,n,s,a,c=!0,u=!1){this.variableNames=["updates","indices","defaultValue"],this.outputShape=a;let i=$e(s.length),l=$e(a.length),p="";o===1?p="i":o===2&&(p="i, j");let m=`getIndices(${p})`,f="";n===1?f="i":n===2&&(f="i, coords[1]");let d=`getUpdates(${f})`,h="";u&&(h="coords[0], coords[1]");let g=`getDefaultValue(${h})`,x=t>1?"strides[j]":"strides";this.userCode=`
        ${i} strides = ${i}(${s});

        void main() {
          ${l} coords = getOutputCoords();
          float sum = 0.0;
          bool found = false;
          for (int i = 0; i < ${e}; i++) {
            int flattenedIndex = 0;
            for (int j = 0; j < ${t}; j++) {
              int index = round(${m});
              flattenedIndex += index * ${x};
            }
            if (flattenedIndex == coords[0]) {
              sum += ${d};
              found = true;
            }
          }
          setOutput(mix(${g}, sum, float(found)));
        }
      `}};var Sx=class{constructor(e,t,o,n,s,a,c=!0,u=!1){this.variableNames=["updates","indices","defaultValue"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=a;let i=$e(s.length),l=$e(a.length),p="";o===1?p="i":o===2&&(p="i, j");let m=`getIndices(${p})`,f="";n===1?f="i":n===2&&(f="i, coords[1]");let d=`getUpdates(${f})`,h="";u&&(h="coords[0], coords[1]");let g=`getDefaultValue(${h})`,x=t>1?"strides[j]":"strides",y=t>1?"strides[j + 1]":"strides";this.userCode=`
        ${i} strides = ${i}(${s});

        void main() {
          ${l} coords = getOutputCoords();
          vec4 sum = vec4(0.);
          vec4 found = vec4(0.);
          for (int i = 0; i < ${e}; i+=2) {
            ivec2 flattenedIndex = ivec2(0);
            for (int j = 0; j < ${t}; j+=2) {
              ivec4 index = round(${m});
              flattenedIndex += index.xz * ${x};
              if (j + 1 < ${t}) {
                flattenedIndex += index.yw * ${y};
              }
            }
            if (flattenedIndex[0] == coords[0] || flattenedIndex[1] == coords[0] ||
                flattenedIndex[0] == coords[0] + 1 || flattenedIndex[1] == coords[0] + 1) {
              vec4 updVals = ${d};
              if (flattenedIndex[0] == coords[0]) {
                sum.xy += updVals.xy;
                found.xy = vec2(1.);
              } else if (flattenedIndex[0] == coords[0] + 1) {
                sum.zw += updVals.xy;
                found.zw = vec2(1.);
              }
              if (flattenedIndex[1] == coords[0]) {
                sum.xy += updVals.zw;
                found.xy = vec2(1.);
              } else if (flattenedIndex[1] == coords[0] + 1) {
                sum.zw += updVals.zw;
                found.zw = vec2(1.);
              }
            }
          }
          setOutput(mix(${g}, sum, found));
        }
      `}};function xne(r){let{inputs:e,backend:t,attrs:o}=r,{indices:n,updates:s}=e,{shape:a}=o,{sliceRank:c,numUpdates:u,sliceSize:i,strides:l,outputSize:p}=S.calculateShapes(s,n,a),m=[p/i,i];if(p===0)return t.makeTensorInfo(a,n.dtype);let f=se({inputs:{x:n},backend:t,attrs:{shape:[u,c]}}),d=se({inputs:{x:s},backend:t,attrs:{shape:[u,i]}}),h=t.makeTensorInfo([],"float32",new Float32Array([0])),g;P().getBool("WEBGL_PACK")?g=new Sx(u,c,f.shape.length,d.shape.length,l,m):g=new $c(u,c,f.shape.length,d.shape.length,l,m);let x=t.runWebGLProgram(g,[d,f,h],d.dtype),y=se({inputs:{x},backend:t,attrs:{shape:a}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(x),t.disposeIntermediateTensorInfo(h),y}var UB={kernelName:_s,backendName:"webgl",kernelFunc:xne};v();v();var kx=class{constructor(e,t,o,n){this.variableNames=["sortedSequence","values"],this.customUniforms=[{name:"numInputs",type:"int"}],this.outputShape=[e,o];let s="while (left < right) {",a=`for (int i = 0; i < ${Math.ceil(Math.log2(t+1))}; ++i) { if (left >= right) break;`,c=P().getNumber("WEBGL_VERSION")===2?s:a,u=n==="left"?"<":"<=";this.userCode=`
       int findBound(int batch, float value) {
         int left = 0;
         int right = numInputs;
         int mid;
         ${c}
           mid = (left + right) / 2;
           if (getSortedSequence(batch, mid) ${u} value) {
             left = mid + 1;
           } else {
             right = mid;
           }
         }
         return right;
       }

       void main() {
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int valueIndex = coords[1];

         float value = getValues(batch, valueIndex);

         setOutput(float(findBound(batch, value)));
       }
     `}};function bne(r){let{inputs:e,backend:t,attrs:o}=r,{sortedSequence:n,values:s}=e,{side:a}=o,c=new kx(n.shape[0],n.shape[1],s.shape[1],a),u=[[n.shape[1]]];return t.runWebGLProgram(c,[n,s],"int32",u)}var zB={kernelName:Ns,backendName:"webgl",kernelFunc:bne};v();var _x=class{constructor(e,t,o){this.variableNames=["c","a","b"],this.outputShape=t;let n,s;if(o>4)throw Error(`Where for rank ${o} is not yet supported`);if(o===1)s="resRC",n="resRC";else{let c=["resRC.x","resRC.y","resRC.z","resRC.w"],u=[],i=[];for(let l=0;l<t.length;l++)i.push(`${c[l]}`),l<e&&u.push(`${c[l]}`);n=u.join(),s=i.join()}let a=$e(o);this.userCode=`
      void main() {
        ${a} resRC = getOutputCoords();
        float cVal = getC(${n});
        if (cVal >= 1.0) {
          setOutput(getA(${s}));
        } else {
          setOutput(getB(${s}));
        }
      }
    `}};function yne(r){let{inputs:e,backend:t}=r,{condition:o,t:n,e:s}=e,a=new _x(o.shape.length,n.shape,n.shape.length);return t.runWebGLProgram(a,[o,n,s],Pt(n.dtype,s.dtype))}var HB={kernelName:Ya,backendName:"webgl",kernelFunc:yne};v();var wne=`
  // Stable and Attracting Fixed Point (0, 1) for Normalized Weights.
  // see: https://arxiv.org/abs/1706.02515
  float scaleAlpha = ${S.SELU_SCALEALPHA};
  float scale = ${S.SELU_SCALE};
  return (x >= 0.0) ? scale * x : scaleAlpha * (exp(x) - 1.0);
`,vne=ye({opSnippet:wne}),qB={kernelName:Es,backendName:"webgl",kernelFunc:vne};v();var Ine=Do+`
  return 1.0 / (1.0 + exp(-1.0 * x));
`,Cne=`
  vec4 result = 1.0 / (1.0 + exp(-1.0 * x));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,Sne=ye({opSnippet:Ine,packedOpSnippet:Cne,cpuKernelImpl:vP}),KB={kernelName:Rs,backendName:"webgl",kernelFunc:Sne};v();var kne=`
  if (isnan(x)) { return 0.0; }
  return sign(x);
`,_ne=ye({opSnippet:kne}),jB={kernelName:As,backendName:"webgl",kernelFunc:_ne};v();var Tne=Do+`
  return sin(x);
`,Nne=`
  vec4 result = sin(x);
  bvec4 isNaN = isnan(x);
  ${eo}
  return result;
`,Ene=ye({opSnippet:Tne,packedOpSnippet:Nne}),XB={kernelName:"Sin",backendName:"webgl",kernelFunc:Ene};v();var $ne=`
  float e2x = exp(x);
  return (e2x - 1.0 / e2x) / 2.0;
`,Ane=ye({opSnippet:$ne}),YB={kernelName:$s,backendName:"webgl",kernelFunc:Ane};v();var Rne=`
  float epsilon = 1.1920928955078125e-7;
  float threshold = log(epsilon) + 2.0;

  bool too_large = x > -threshold;
  bool too_small = x < threshold;

  float result;
  float exp_x = exp(x);

  if (too_large){
    result = x;
  }
  else if (too_small){
    result = exp_x;
  }
  else{
    result = log(exp_x + 1.0);
  }
  return result;
`,Dne=ye({opSnippet:Rne}),JB={kernelName:Ds,backendName:"webgl",kernelFunc:Dne};v();var Fne=r=>{let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{blockShape:s,paddings:a}=o;b.assert(n.shape.length<=4,()=>"spaceToBatchND for rank > 4 with a WebGL backend not implemented yet");let c=s.reduce((x,y)=>x*y),u=[[0,0]];u.push(...a);for(let x=1+s.length;x<n.shape.length;++x)u.push([0,0]);let i=[],l=tS({inputs:{x:n},backend:t,attrs:{paddings:u,constantValue:0}}),p=S.getReshaped(l.shape,s,c,!1),m=S.getPermuted(p.length,s.length,!1),f=S.getReshapedPermuted(l.shape,s,c,!1),d=se({inputs:{x:l},backend:t,attrs:{shape:p}}),h=yt({inputs:{x:d},backend:t,attrs:{perm:m}}),g=se({inputs:{x:h},backend:t,attrs:{shape:f}});return i.push(l),i.push(d),i.push(h),i.forEach(x=>t.disposeIntermediateTensorInfo(x)),g},ZB={kernelName:ei,backendName:"webgl",kernelFunc:Fne};v();function Mne(r){let{inputs:e,backend:t}=r,{indices:o,values:n,denseShape:s,defaultValue:a}=e;if(s.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
         ${s.shape}`);if(o.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
         ${o.shape}`);if(n.shape.length!==1)throw new Error(`Values must be a vector, saw:
         ${n.shape}`);if(a.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${a.shape}`);let c=t.readSync(o.dataId),u=t.readSync(n.dataId),i=t.readSync(s.dataId),l=t.readSync(a.dataId)[0],[p,m,f,d,h]=CP(c,o.shape,o.dtype,u,n.dtype,i,l);return[t.makeTensorInfo(m,o.dtype,p),t.makeTensorInfo([m[0]],n.dtype,f),t.makeTensorInfo([d.length],"bool",new Uint8Array(d.map(g=>Number(g)))),t.makeTensorInfo([h.length],o.dtype,new Int32Array(h))]}var QB={kernelName:ri,backendName:"webgl",kernelFunc:Mne};v();function Pne(r){let{inputs:e,backend:t}=r,{inputIndices:o,inputShape:n,newShape:s}=e;if(o.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape ${o.shape}`);if(n.shape.length!==1)throw new Error(`Input shape should be a vector but received shape ${n.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let a=Array.from(t.readSync(n.dataId)),c=t.readSync(o.dataId),u=Array.from(t.readSync(s.dataId)),[i,l,p]=SP(c,o.shape,o.dtype,a,u);return[t.makeTensorInfo(l,o.dtype,i),t.makeTensorInfo([p.length],s.dtype,new Int32Array(p))]}var eL={kernelName:Ps,backendName:"webgl",kernelFunc:Pne};v();function One(r){let{inputs:e,backend:t}=r,{data:o,indices:n,segmentIds:s}=e;if(o.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(n.shape.length!==1)throw new Error(`Indices should be a vector but received shape
              ${n.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
              ${s.shape}`);let a=t.readSync(o.dataId),c=t.readSync(n.dataId),u=t.readSync(s.dataId),[i,l]=ig(a,o.shape,o.dtype,c,u,!0);return t.makeTensorInfo(l,o.dtype,i)}var tL={kernelName:oi,backendName:"webgl",kernelFunc:One};v();function Bne(r){let{inputs:e,backend:t}=r,{data:o,indices:n,segmentIds:s}=e;if(o.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(n.shape.length!==1)throw new Error(`Indices should be a vector but received shape
             ${n.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
             ${s.shape}`);let a=t.readSync(o.dataId),c=t.readSync(n.dataId),u=t.readSync(s.dataId),[i,l]=ig(a,o.shape,o.dtype,c,u);return t.makeTensorInfo(l,o.dtype,i)}var rL={kernelName:ni,backendName:"webgl",kernelFunc:Bne};v();function Lne(r){let{inputs:e,backend:t,attrs:o}=r,{sparseIndices:n,sparseValues:s,defaultValue:a}=e,{outputShape:c}=o,{sliceRank:u,numUpdates:i,sliceSize:l,strides:p,outputSize:m}=S.calculateShapes(s,n,c),f=!1;if(s.dtype==="string"){let x=t.bufferSync(n),y=t.bufferSync(s),w=b.decodeString(t.readSync(a.dataId)[0]),C=wP(x,y,c,m,l,i,u,p,w,f);return t.makeTensorInfo(c,C.dtype,C.values)}let d=new $c(i,u,n.shape.length,s.shape.length,p,[m,1],f),h=t.runWebGLProgram(d,[s,n,a],s.dtype),g=se({inputs:{x:h},backend:t,attrs:{shape:c}});return t.disposeIntermediateTensorInfo(h),g}var oL={kernelName:Os,backendName:"webgl",kernelFunc:Lne};v();function Wne(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{numOrSizeSplits:s,axis:a}=o,c=b.parseAxisParam(a,n.shape)[0],u=S.prepareSplitSize(n,s,c),i=n.shape.length,l=new Array(i).fill(0),p=n.shape.slice();return u.map(m=>{let f=[...p];f[c]=m;let d=an({inputs:{x:n},backend:t,attrs:{begin:l,size:f}});return l[c]+=m,d})}var nL={kernelName:ti,backendName:"webgl",kernelFunc:Wne};v();var sL="return sqrt(x);",Vne=ye({opSnippet:sL,packedOpSnippet:sL,cpuKernelImpl:kP}),aL={kernelName:Fs,backendName:"webgl",kernelFunc:Vne};v();var Gne="return x * x;",Une=ye({opSnippet:Gne}),iL={kernelName:su,backendName:"webgl",kernelFunc:Une};v();var cL="return (a - b) * (a - b);",zne=it({opSnippet:cL,packedOpSnippet:cL}),uL={kernelName:Bs,backendName:"webgl",kernelFunc:zne};v();function Hne(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e;if(n.dtype!=="string")throw new Error("Input must be of datatype string");let s=t.readSync(n.dataId),a=S.fromUint8ToStringArray(s),c=_P(a,"string",o);return t.makeTensorInfo(n.shape,"string",c)}var lL={kernelName:Zi,backendName:"webgl",kernelFunc:Hne};v();function qne({inputs:r,attrs:e,backend:t}){let{x:o}=r,n=zt+`
    return x > 0.0 ? 1.0 : float(${e.alpha});
  `,s=new lr(o.shape,n);return t.runWebGLProgram(s,[o],o.dtype)}var pL={kernelName:Go,backendName:"webgl",kernelFunc:qne};v();var Tx=class{constructor(e,t,o){this.variableNames=["x"],this.outputShape=o;let n=o.length,s=$e(o.length),a=$e(o.length),c="";if(n===1)c="coords * strides + begin";else{let u=0;c=o.map((i,l)=>(u++,o.length===1?`coords * strides[${l}] + begin[${l}]`:`coords[${u-1}] * strides[${l}] + begin[${l}]`)).join(",")}this.userCode=`
      ${s} begin = ${s}(${e});
      ${s} strides = ${s}(${t});

      void main() {
        ${a} coords = getOutputCoords();
        setOutput(getX(${c}));
      }
    `}};function Kne(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{begin:s,end:a,strides:c,beginMask:u,endMask:i,ellipsisMask:l,newAxisMask:p,shrinkAxisMask:m}=o,{finalShapeSparse:f,finalShape:d,isIdentity:h,sliceDim0:g,isSimpleSlice:x,begin:y,end:w,strides:C}=bt.sliceInfo(n.shape,s,a,c,u,i,l,p,m),T;if(h)T=se({inputs:{x:n},backend:t,attrs:{shape:d}});else if(g||x){b.assert(n.shape.length>=1,()=>`Input must have rank at least 1, got: ${n.shape.length}`);let A=bt.computeOutShape(y,w,C),R=an({inputs:{x:n},backend:t,attrs:{begin:y,size:A}});T=se({inputs:{x:R},backend:t,attrs:{shape:d}}),t.disposeIntermediateTensorInfo(R)}else if(t.shouldExecuteOnCPU([n])){let R=t.readSync(n.dataId),F=be(n.shape,n.dtype,R),M=TP(f,F,C,y);T=t.makeTensorInfo(d,n.dtype,M.values)}else{let R=new Tx(y,C,f);T=t.runWebGLProgram(R,[n],n.dtype)}let $=se({inputs:{x:T},backend:t,attrs:{shape:d}});return t.disposeIntermediateTensorInfo(T),$}var mL={kernelName:Ls,backendName:"webgl",kernelFunc:Kne};v();function jne(r){let{inputs:e,backend:t,attrs:o}=r,{separator:n,nGramWidths:s,leftPad:a,rightPad:c,padWidth:u,preserveShortSequences:i}=o,{data:l,dataSplits:p}=e,m=t.readSync(l.dataId),f=t.readSync(p.dataId),[d,h]=NP(m,f,n,s,a,c,u,i);return[t.makeTensorInfo([d.length],"string",d),t.makeTensorInfo(p.shape,"int32",h)]}var fL={kernelName:si,backendName:"webgl",kernelFunc:jne};v();function Xne(r){let{inputs:e,backend:t,attrs:o}=r,{skipEmpty:n}=o,{input:s,delimiter:a}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(s.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${s.shape}`);if(a.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${a.shape}`);let c=t.readSync(s.dataId),u=t.readSync(a.dataId)[0],[i,l,p]=EP(c,u,n),m=l.length;return[t.makeTensorInfo([m,2],"int32",i),t.makeTensorInfo([m],"string",l),t.makeTensorInfo([2],"int32",new Int32Array(p))]}var dL={kernelName:ai,backendName:"webgl",kernelFunc:Xne};v();function Yne(r){let{inputs:e,backend:t,attrs:o}=r,{numBuckets:n}=o,{input:s}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(n<=0)throw new Error("Number of buckets must be at least 1");let a=t.readSync(s.dataId),c=$P(a,n);return t.makeTensorInfo(s.shape,"int32",c)}var hL={kernelName:ii,backendName:"webgl",kernelFunc:Yne};v();var Jne="return tan(x);",Zne=ye({opSnippet:Jne}),gL={kernelName:"Tan",backendName:"webgl",kernelFunc:Zne};v();var Qne=`
  float e2x = exp(-2.0 * abs(x));
  return sign(x) * (1.0 - e2x) / (1.0 + e2x);
`,ese=ye({opSnippet:Qne}),xL={kernelName:Ws,backendName:"webgl",kernelFunc:ese};v();function tse(r){let{inputs:e,backend:t,attrs:o}=r,{tensor:n,indices:s,updates:a}=e,{}=o,{sliceRank:c,numUpdates:u,sliceSize:i,strides:l,outputSize:p}=S.calculateShapes(a,s,n.shape),m=[p/i,i];if(p===0)return t.makeTensorInfo(n.shape,s.dtype);let f=se({inputs:{x:s},backend:t,attrs:{shape:[u,c]}}),d=se({inputs:{x:a},backend:t,attrs:{shape:[u,i]}}),h=se({inputs:{x:n},backend:t,attrs:{shape:m}}),g=new $c(u,c,f.shape.length,d.shape.length,l,m,!1,!0),x=t.runWebGLProgram(g,[d,f,h],h.dtype),y=se({inputs:{x},backend:t,attrs:{shape:n.shape}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(x),y}var bL={kernelName:Ts,backendName:"webgl",kernelFunc:tse};v();var Nx=class{constructor(e,t){this.variableNames=["A"];let o=new Array(e.length);for(let a=0;a<o.length;a++)o[a]=e[a]*t[a];this.outputShape=o,this.rank=o.length;let n=$e(this.rank),s=rse(e);this.userCode=`
      void main() {
        ${n} resRC = getOutputCoords();
        setOutput(getA(${s}));
      }
    `}};function rse(r){let e=r.length;if(e>5)throw Error(`Tile for rank ${e} is not yet supported`);if(e===1)return`imod(resRC, ${r[0]})`;let t=["resRC.x","resRC.y","resRC.z","resRC.w","resRC.u"],o=[];for(let n=0;n<r.length;n++)o.push(`imod(${t[n]}, ${r[n]})`);return o.join()}function oS(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{reps:s}=o;if(n.dtype==="string"||n.shape.length>5){let u=t.readSync(n.dataId),i=n.dtype==="string"?u.map(m=>b.decodeString(m)):u,l=be(n.shape,n.dtype,i),p=RP(l,s);return t.makeTensorInfo(p.shape,p.dtype,p.values)}let a=new Nx(n.shape,s);return t.runWebGLProgram(a,[n],n.dtype)}var yL={kernelName:xo,backendName:"webgl",kernelFunc:oS};v();var Ex=class{constructor(e){this.variableNames=["x","indices"],this.customUniforms=[{name:"n",type:"int"},{name:"firstPass",type:"int"},{name:"negativeInf",type:"float"},{name:"dir",type:"int"},{name:"inc",type:"int"}],this.outputShape=e,this.userCode=`
       void main() {
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int elemIdx = coords[1];

         // We compare elements pair-wise within a group of size 2 * inc.
         // The comparing rule for each group alternates between ascending
         // and descending. Within each group, we compare each pair at
         // positions i and i+inc. To decide whether an element at position i
         // is x0 or x1, we mod it by 2 * inc, if the result is smaller than
         // inc, it is in the first half of the group, we denote it as x0,
         // otherwise we denote it as x1.
         // For example, as shown in the Bitonic top K paper referenced above,
         // Figure5(a) shows that element[1] is in the
         // second half of the group when group size is 2, but it is in the
         // first half of the group when group size is 4.

         bool isFirstInPair = imod(elemIdx, 2 * inc) < inc;
         int i = isFirstInPair ? elemIdx : elemIdx - inc;

         int i0 = firstPass == 1 ? i : int(getIndices(batch, i));
         int i1 = firstPass == 1 ? i + inc : int(getIndices(batch, i + inc));
         float x0 = i0 < n ? getX(batch, i0) : negativeInf;
         float x1 = i1 < n ? getX(batch, i1) : negativeInf;

         // Denotes which direction indices are in (ascending or descending).
         bool reverse = imod(elemIdx, 2 * dir) >= dir;
         bool isGreater = x0 > x1 || (x0 == x1 && i1 > i0);
         if (reverse == isGreater) { // Elements in opposite order of direction
           int iTemp = i0;
           i0 = i1;
           i1 = iTemp;
         }
         if (isFirstInPair) {
            setOutput(float(i0));
         } else {
            setOutput(float(i1));
         }
       }
     `}},$x=class{constructor(e){this.variableNames=["x","indices"],this.customUniforms=[{name:"n",type:"int"},{name:"firstPass",type:"int"},{name:"k",type:"int"}],this.outputShape=e,this.userCode=`
    void main() {
         // Takes max of indices (0, k), (1, k + 1), (2, k + 2) ...
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int elemIdx = coords[1];

         // The output size is half of the previous size.
         // If the previous sequence is | | | | _ _ _ _  | | | |  _ _ _ _ (k=4),
         // we only need to output the indices at positions |, the indices at
         // positions _ can be thrown away, see Figure5(b) After Phase 2
         // (Merge phase) in the Bitonic Top K paper referenced above.
         // For example, the paper shows we only need to output the orange bars.
         // The output sequence should look like this | | | | | | | |.
         // Because the sequence is halved, to map the output index back
         // to the previous sequence to find the corresponding value,
         // we need to double the index. When we double the index,
         // we basically interpolate a position, so 2i looks like
         // | _ | _ | _ | _ | _ | _ | _. We move the | to the first k position
         // of each 2k positions by - elemIdx % k. E.g. for output at
         // index 4,5,6,7, we want to get the corresponding element at
         // original index 8,9,10,11, for output at index 8,9,10,11,
         // we want to get the corresponding element at original index
         // 16,17,18,19, so on and so forth.

         int i = elemIdx < k ? elemIdx : (elemIdx * 2 - imod(elemIdx, k));
         int i0 = firstPass == 1 ? i : int(getIndices(batch, i));
         int i1 = firstPass == 1 ? i + k : int(getIndices(batch, i + k));

         float x0 = getX(batch, i0);
         float x1 = i1 < n ? getX(batch, i1) : x0;

         setOutput(x0 >= x1 ? float(i0) : float(i1));
       }
     `}};function nl(r,e){e!==null&&r.disposeIntermediateTensorInfo(e)}function wL(r){let e=1;for(;e<r;)e*=2;return e}function ose(r){let{inputs:e,backend:t,attrs:o}=r,{x:n}=e,{k:s,sorted:a}=o,c=P().getNumber("TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD"),u=P().getNumber("TOPK_K_CPU_HANDOFF_THRESHOLD"),i=n.shape,l=i[i.length-1];if(t.shouldExecuteOnCPU([n])||l<c||s>u){let M=t.readSync(n.dataId),[L,W]=DP(M,i,n.dtype,s,a);return[t.makeTensorInfo(L.shape,L.dtype,L.values),t.makeTensorInfo(W.shape,W.dtype,W.values)]}if(s===0)return i[i.length-1]=0,[t.makeTensorInfo(i,n.dtype,[]),t.makeTensorInfo(i,"int32",[])];if(l===1)return[n,Oi({attrs:{shape:i,dtype:"int32",value:0},backend:t})];let p=t.texData.get(n.dataId),m=p!==null&&p.isPacked,f=m?t.unpackTensor(n):n,h=b.sizeFromShape(i)/l,g=se({inputs:{x:f},attrs:{shape:[h,l]},backend:t});m&&nl(t,f);let x=wL(s),y=wL(l),w=null,C=()=>w===null?[g,g]:[g,w],T=(M,L,W)=>{let G=C(),q=new Ex(W),j=[[l],[w===null?1:0],[Number.NEGATIVE_INFINITY],[M],[L]],X=w;w=t.runWebGLProgram(q,G,"int32",j),nl(t,X)};for(let M=1;M<x;M*=2){let L=M*2;for(let W=M;W>=1;W/=2)T(L,W,[h,y])}for(let M=y;M>x;M/=2){let L=C(),W=new $x([h,M/2]),q=[[l],[w===null?1:0],[x]],H=w;w=t.runWebGLProgram(W,L,"int32",q),nl(t,H);let j=x/2,X=j*2;for(let J=j;J>=1;J/=2)T(X,J,w.shape)}let $=w;w=an({inputs:{x:w},backend:t,attrs:{begin:0,size:[h,s]}}),nl(t,$);let A=Y0({inputs:{x:g,indices:w},backend:t,attrs:{axis:1,batchDims:1}});nl(t,g);let R=i.slice(0,-1);R.push(s),$=w,w=se({inputs:{x:w},attrs:{shape:R},backend:t}),nl(t,$);let F=A;return A=se({inputs:{x:A},attrs:{shape:R},backend:t}),nl(t,F),[A,w]}var vL={kernelName:Vs,backendName:"webgl",kernelFunc:ose};v();var Ax=class{constructor(e,t,o,n,s,a){this.variableNames=["Image","Transforms"],this.outputShape=a;let c=o==="nearest"?1:2,u;switch(n){case"constant":u=1;break;case"reflect":u=2;break;case"wrap":u=3;break;case"nearest":u=4;break;default:u=1;break}this.userCode=`
            float mapCoord(float outCoord, float len) {
              float inCoord = outCoord;
              if(${u} == 2) {
                if (inCoord < 0.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz2 = 2.0 * len;
                    if (inCoord < sz2) {
                      inCoord = sz2 * float(int(float(-inCoord / sz2))) +
                      inCoord;
                    }
                    inCoord = inCoord < -len ? inCoord + sz2 : -inCoord - 1.0;
                  }
                } else if (inCoord > len - 1.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz2 = 2.0 * len;
                    inCoord -= sz2 * float(int(float(inCoord / sz2)));
                    if (inCoord >= len) {
                      inCoord = sz2 - inCoord - 1.0;
                    }
                  }
                }
                return clamp(inCoord, 0.0, len - 1.0);
              } else if (${u} == 3) {
                if (inCoord < 0.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz = len - 1.0;
                    inCoord += len * (float(int(float(-inCoord / sz))) + 1.0);
                  }
                } else if (inCoord > len - 1.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz = len - 1.0;
                    inCoord -= len * float(int(float(inCoord / sz)));
                  }
                }
                return clamp(inCoord, 0.0, len - 1.0);
              } else if (${u} == 4) {
                return clamp(outCoord, 0.0, len - 1.0);
              } else {
                return outCoord;
              }
            }

            float readWithFillValue(int batch, int coordY, int coordX,
              int channel) {
              float outputValue;
              if (0 <= coordY && coordY < ${e} && 0 <= coordX && coordX < ${t}) {
                  outputValue = getImage(batch, coordY, coordX, channel);
              } else {
                outputValue = float(${s});
              }
              return outputValue;
            }

            void main() {
              ivec4 coords = getOutputCoords();
              float outputValue;
              int batch = coords[0];
              int x = coords[2];
              int y = coords[1];
              int channel = coords[3];
              float xf = float(x);
              float yf = float(y);
              float a1 = getTransforms(batch, 0);
              float a2 = getTransforms(batch, 1);
              float a3 = getTransforms(batch, 2);
              float b1 = getTransforms(batch, 3);
              float b2 = getTransforms(batch, 4);
              float b3 = getTransforms(batch, 5);
              float c1 = getTransforms(batch, 6);
              float c2 = getTransforms(batch, 7);
              float projection = c1 * xf + c2 * yf + 1.0;
              if (projection == 0.0) {
                outputValue = float(${s});
              } else {
                float inX = (a1 * xf + a2 * yf + a3) / projection;
                float inY = (b1 * xf + b2 * yf + b3) / projection;
                float mapX = mapCoord(inX, float(${t}));
                float mapY = mapCoord(inY, float(${e}));

                if (${c} == 1) {
                  int coordY = int(round(mapY));
                  int coordX = int(round(mapX));
                  outputValue = readWithFillValue(batch, coordY, coordX,
                    channel);
                } else {
                  float yFloor = floor(mapY);
                  float xFloor = floor(mapX);
                  float yCeil = yFloor + 1.0;
                  float xCeil = xFloor + 1.0;
                  float valueYFloor = (xCeil - mapX) *
                  readWithFillValue(batch, int(yFloor), int(xFloor), channel) +
                  (mapX - xFloor) *
                  readWithFillValue(batch, int(yFloor), int(xCeil), channel);
                  float valueYCeil = (xCeil - mapX) *
                  readWithFillValue(batch, int(yCeil), int(xFloor), channel) +
                  (mapX - xFloor) *
                  readWithFillValue(batch, int(yCeil), int(xCeil), channel);
                  outputValue = (yCeil - mapY) * valueYFloor +
                  (mapY - yFloor) * valueYCeil;
                }
              }
              setOutput(outputValue);
            }
        `}};function nse(r){let{inputs:e,backend:t,attrs:o}=r,{image:n,transforms:s}=e,{interpolation:a,fillMode:c,fillValue:u,outputShape:i}=o,[l,p,m,f]=n.shape,[d,h]=i??[p,m],g=[l,d,h,f],x=new Ax(p,m,a,c,u,g);return t.runWebGLProgram(x,[n,s],"float32")}var IL={kernelName:Gs,backendName:"webgl",kernelFunc:nse};v();function sse(r){let{inputs:e,attrs:t,backend:o}=r,{axis:n}=t,{x:s}=e;la(s,"unique"),console.warn("WARNING: ","UI might be locked temporarily as data is being downloaded");let a=o.readSync(s.dataId),{outputValues:c,outputShape:u,indices:i}=FP(a,n,s.shape,s.dtype);return[o.makeTensorInfo(u,s.dtype,c),o.makeTensorInfo([i.length],"int32",i)]}var CL={kernelName:li,backendName:"webgl",kernelFunc:sse};v();function ase(r){let{inputs:e,backend:t,attrs:o}=r,{value:n}=e,{axis:s}=o;s<0&&(s+=n.shape.length);let a=n,c=a.shape.length,u=n.shape[s],i=new Array(c-1),l=0;for(let h=0;h<c;h++)h!==s&&(i[l++]=a.shape[h]);let p=[],m=new Array(c).fill(0),f=a.shape.slice();f[s]=1;let d=new Array(u);for(let h=0;h<d.length;h++){m[s]=h;let g=an({inputs:{x:a},backend:t,attrs:{begin:m,size:f}}),x=se({inputs:{x:g},backend:t,attrs:{shape:i}});d[h]=x,p.push(g)}return p.forEach(h=>t.disposeIntermediateTensorInfo(h)),d}var SL={kernelName:pi,backendName:"webgl",kernelFunc:ase};v();var Rx=class{constructor(e,t){this.variableNames=["x","segmentIds"];let o=e.windowSize,n=e.batchSize,s=e.inSize,a=e.numSegments,c=a*Math.ceil(s/o);this.outputShape=[n,c];let u="0.0",i="sumValue",l=Math.floor(o/4)*4,p=o%4,m=`
        sumValue += dot(values, segFilter);
    `,f="";s%o>0&&(f=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return initializationValue;
        }
      `);let d="";s%o>0&&(d=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return -1.0;
        }
      `),this.userCode=`
      const float initializationValue = ${u};

      float getValue(int batch, int inIdx) {
        ${f}
        return getX(batch, inIdx);
      }

      float getSegmentIdAtIndex(int inIdx) {
        ${d}
        return getSegmentIds(inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = int(floor(float(outIdx) / float(
          ${a})) * float(${o}));
        int currentSeg = int(mod(float(outIdx), float(${a})));

        float sumValue = 0.0;

        for (int i = 0; i < ${l}; i += 4) {
          int inIdx = inOffset + i;
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 2)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 3)) == currentSeg ? 1 : 0
          );

          ${m}
        }

        int inIdx = inOffset + ${l};
        if (${p===1}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            initializationValue,
            initializationValue,
            initializationValue
          );

          int inIdxSeg = int(getSegmentIdAtIndex(inIdx));

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            0,
            0,
            0
          );

          ${m}
        } else if (${p===2}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            initializationValue,
            initializationValue
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
              0,
              0
          );

          ${m}
        } else if (${p===3}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            initializationValue
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 2)) == currentSeg ? 1 : 0,
            0
          );

          ${m}
        }
        setOutput(${i});
      }
    `}};function ise(r){let{inputs:e,backend:t,attrs:o}=r,{x:n,segmentIds:s}=e,{numSegments:a}=o,c=n.shape.length,u=[],i=0,l=S.getAxesPermutation([i],c),p=n;l!=null&&(p=yt({inputs:{x:n},backend:t,attrs:{perm:l}}),u.push(p),i=S.getInnerMostAxes(1,c)[0]);let m=S.segment_util.computeOutShape(p.shape,i,a),f=b.sizeFromShape([p.shape[i]]),d=se({inputs:{x:p},backend:t,attrs:{shape:[-1,f]}});u.push(d);let h=rc(n.dtype),g=(C,T,$,A,R)=>{let F=C.shape[0],M=C.shape[1],L=S.segment_util.segOpComputeOptimalWindowSize(M,R),W={windowSize:L,inSize:M,batchSize:F,numSegments:R},G=new Rx(W,T),q=t.compileAndRun(G,[C,$],A);if(u.push(q),q.shape[1]===R)return q;let H=rS({backend:t,attrs:{start:0,stop:R,step:1,dtype:"float32"}}),j=oS({inputs:{x:H},backend:t,attrs:{reps:[M/L]}});return u.push(H),u.push(j),g(q,T,j,A,R)},x=g(d,"unsortedSegmentSum",s,h,a),y=se({inputs:{x},backend:t,attrs:{shape:m}}),w=y;if(l!=null){u.push(y);let C=S.getUndoAxesPermutation(l);w=yt({inputs:{x:w},backend:t,attrs:{perm:C}})}return u.forEach(C=>t.disposeIntermediateTensorInfo(C)),w}var kL={kernelName:au,backendName:"webgl",kernelFunc:ise};var cse=[iO,uO,lO,pO,fO,dO,hO,gO,yO,wO,vO,IO,CO,SO,kO,_O,TO,NO,EO,$O,AO,DO,FO,MO,PO,WO,GO,UO,JP,HO,KO,jO,XO,YO,JO,ZO,QO,e3,t3,r3,s3,a3,i3,c3,u3,l3,p3,m3,f3,d3,h3,g3,x3,b3,y3,w3,I3,C3,S3,k3,T3,N3,E3,$3,A3,R3,D3,F3,M3,YP,P3,qO,O3,B3,L3,ZP,W3,V3,G3,U3,z3,H3,q3,K3,j3,X3,J3,Z3,Q3,eB,tB,rB,nB,aB,iB,cB,uB,lB,hB,tO,gB,xB,bB,yB,OO,wB,CB,SB,kB,_B,QP,TB,NB,EB,$B,AB,BO,pB,RB,DB,FB,oO,MB,PB,OB,BB,LB,WB,VB,GB,UB,zB,HB,qB,KB,jB,XB,YB,RO,dB,JB,ZB,QB,eL,tL,rL,oL,nL,aL,iL,uL,lL,pL,mL,fL,dL,hL,fB,sO,gL,xL,bL,yL,vL,IL,aO,CL,SL,kL,vB];for(let r of cse)Qi(r);var use=1,_L=Object.freeze(["interleaved","half"]),TL=Object.freeze(["float32","bfloat16","float16"]),NL=Object.freeze(["relu2","eml"]),lse=Object.freeze({exp_clamp:20,log_floor:1e-30}),pse=["family","source_framework","vocab_size","padded_vocab_size","n_layer","n_head","n_kv_head","n_embd","head_dim","mlp_hidden","sequence_len","window","rope","norm_eps","qk_scale","value_embed","softcap","activation","smear","backout","version"],mse=["family","source_framework","vocab_size","padded_vocab_size","n_layer","n_head","n_kv_head","n_embd","head_dim","mlp_hidden","sequence_len","window"],fse={rope:["style","base","sign","table_dtype"],value_embed:["layers","gate_channels","gate_scale"],smear:["channels"],backout:["layer"],activation:["kind","params"]};function sS(r){throw new Error(`invalid model spec: ${r}`)}function ft(r,e){r||sS(e)}function nS(r){return r!==null&&typeof r=="object"&&!Array.isArray(r)}function Sp(r){return typeof r=="number"&&Number.isInteger(r)}function kp(r){return typeof r=="number"&&Number.isFinite(r)}function pt(r){try{return JSON.stringify(r)}catch{return String(r)}}function EL(r,e,t){let o=Object.keys(r).filter(n=>!e.includes(n)).sort();o.length&&sS(`unknown key(s) ${pt(o)} in ${t}; known: ${pt([...e].sort())}`)}function Xm(r,e,t){let o=r[e];return o==null?t===null?null:{...t}:(ft(nS(o),`${e} must be an object, got ${pt(o)}`),EL(o,fse[e],e),{...t||{},...o})}function Ym(r){let e=r;if(typeof e=="string")try{e=JSON.parse(e)}catch(c){sS(`config is not valid JSON (${c.message})`)}ft(nS(e),`expected a JSON object, got ${e===null?"null":Array.isArray(e)?"array":typeof e}`),EL(e,pse,"config");let t=mse.filter(c=>!(c in e));ft(t.length===0,`missing required key(s) ${pt(t)} in config`);let o={family:e.family,source_framework:e.source_framework,vocab_size:e.vocab_size,padded_vocab_size:e.padded_vocab_size,n_layer:e.n_layer,n_head:e.n_head,n_kv_head:e.n_kv_head,n_embd:e.n_embd,head_dim:e.head_dim,mlp_hidden:e.mlp_hidden,sequence_len:e.sequence_len,window:e.window,rope:Xm(e,"rope",{style:"interleaved",base:1e4,sign:1,table_dtype:"float32"}),norm_eps:"norm_eps"in e?e.norm_eps:1e-5,qk_scale:"qk_scale"in e?e.qk_scale:1,value_embed:Xm(e,"value_embed",null),softcap:"softcap"in e?e.softcap:15,activation:Xm(e,"activation",{kind:"relu2",params:{}}),smear:Xm(e,"smear",null),backout:Xm(e,"backout",null),version:"version"in e?e.version:1};ft(typeof o.family=="string",`family must be a string, got ${pt(o.family)}`),ft(typeof o.source_framework=="string",`source_framework must be a string, got ${pt(o.source_framework)}`);for(let c of["vocab_size","padded_vocab_size","n_layer","n_head","n_kv_head","n_embd","head_dim","mlp_hidden","sequence_len"])ft(Sp(o[c])&&o[c]>0,`${c} must be a positive integer, got ${pt(o[c])}`);ft(o.padded_vocab_size>=o.vocab_size,`padded_vocab_size ${o.padded_vocab_size} is smaller than vocab_size ${o.vocab_size}`),ft(o.n_head%o.n_kv_head===0,`n_head ${o.n_head} is not a multiple of n_kv_head ${o.n_kv_head}`),ft(Array.isArray(o.window),`window must be a list (one entry per layer), got ${pt(o.window)}`),ft(o.window.length===o.n_layer,`window has ${o.window.length} entries, expected one per layer (${o.n_layer})`),o.window.forEach((c,u)=>ft(c===null||Sp(c)&&c>=1,`window[${u}] must be null (full causal) or an integer >= 1 of visible keys, got ${pt(c)}`));let n=o.rope;if(ft(_L.includes(n.style),`rope.style must be one of ${pt(_L)}, got ${pt(n.style)}`),ft(n.sign===1||n.sign===-1,`rope.sign must be +1 or -1, got ${pt(n.sign)}`),ft(kp(n.base)&&n.base>1,`rope.base must be > 1, got ${pt(n.base)}`),ft(TL.includes(n.table_dtype),`rope.table_dtype must be one of ${pt(TL)}, got ${pt(n.table_dtype)}`),ft(o.head_dim%2===0,`head_dim must be even for RoPE, got ${o.head_dim}`),ft(kp(o.norm_eps)&&o.norm_eps>0&&o.norm_eps<1,`norm_eps must be in (0, 1), got ${pt(o.norm_eps)}`),ft(kp(o.qk_scale)&&o.qk_scale>0,`qk_scale must be > 0, got ${pt(o.qk_scale)}`),ft(o.softcap===null||kp(o.softcap)&&o.softcap>0,`softcap must be null or > 0, got ${pt(o.softcap)}`),o.value_embed!==null){let c={layers:[],gate_channels:32,gate_scale:2,...o.value_embed};ft(Array.isArray(c.layers),`value_embed.layers must be a list, got ${pt(c.layers)}`),ft(c.layers.every(u=>Sp(u)&&u>=0&&u<o.n_layer),`value_embed.layers must be layer indices in [0, ${o.n_layer}), got ${pt(c.layers)}`),ft(new Set(c.layers).size===c.layers.length,`value_embed.layers has duplicates: ${pt(c.layers)}`),ft(Sp(c.gate_channels)&&c.gate_channels>0&&c.gate_channels<=o.n_embd,`value_embed.gate_channels must be in [1, n_embd=${o.n_embd}], got ${pt(c.gate_channels)}`),ft(kp(c.gate_scale),`value_embed.gate_scale must be a number, got ${pt(c.gate_scale)}`),c.layers=[...c.layers],o.value_embed=c}let s=o.activation;ft(NL.includes(s.kind),`activation.kind must be one of ${pt(NL)}, got ${pt(s.kind)}`);let a=s.params===null||s.params===void 0?{}:s.params;ft(nS(a),`activation.params must be an object, got ${pt(a)}`);for(let[c,u]of Object.entries(a))ft(kp(u),`activation.params.${c} must be a number, got ${pt(u)}`);return o.activation={kind:s.kind,params:s.kind==="eml"?{...lse,...a}:{...a}},o.smear!==null&&ft(Sp(o.smear.channels)&&o.smear.channels>0&&o.smear.channels<=o.n_embd,`smear.channels must be in [1, n_embd=${o.n_embd}], got ${pt(o.smear.channels)}`),o.backout!==null&&ft(Sp(o.backout.layer)&&o.backout.layer>=0&&o.backout.layer<o.n_layer,`backout.layer must be in [0, ${o.n_layer}), got ${pt(o.backout.layer)}`),ft(o.version===1,`spec version ${pt(o.version)} is not supported (expected 1)`),$L(o)}function $L(r){if(r&&typeof r=="object"){for(let e of Object.values(r))$L(e);Object.freeze(r)}return r}function dse(r){let e=r.n_embd,t=r.padded_vocab_size,o=r.n_head*r.head_dim,n=r.n_kv_head*r.head_dim,s={"wte.weight":[t,e],"lm_head.weight":[t,e],resid_lambdas:[r.n_layer],x0_lambdas:[r.n_layer]},a=new Set(r.value_embed?r.value_embed.layers:[]);for(let c=0;c<r.n_layer;c++){let u=`blocks.${c}`;s[`${u}.attn.c_q.weight`]=[o,e],s[`${u}.attn.c_k.weight`]=[n,e],s[`${u}.attn.c_v.weight`]=[n,e],s[`${u}.attn.c_proj.weight`]=[e,o],s[`${u}.mlp.c_fc.weight`]=[r.mlp_hidden,e],s[`${u}.mlp.c_proj.weight`]=[e,r.mlp_hidden],a.has(c)&&(s[`${u}.attn.ve_gate.weight`]=[r.n_kv_head,r.value_embed.gate_channels],s[`value_embeds.${c}.weight`]=[t,n]),r.activation.kind==="eml"&&(s[`${u}.mlp.eml_k`]=null)}return r.smear&&(s["smear_gate.weight"]=[1,r.smear.channels],s.smear_lambda=null),r.backout&&(s.backout_lambda=null),s}function Fx(r,e){let t=dse(r),o=Object.keys(e),n=[],s=Object.keys(t).filter(c=>!(c in e)).sort(),a=o.filter(c=>!(c in t)).sort();s.length&&n.push(`missing tensors: ${s.join(", ")}`),a.length&&n.push(`unexpected tensors: ${a.join(", ")}`);for(let c of Object.keys(t).filter(u=>u in e).sort()){let u=t[c],i=e[c];u===null?i.length===0||i.length===1&&i[0]===1||n.push(`${c}: shape ${pt(i)}, expected a scalar ([] or [1])`):(i.length!==u.length||i.some((l,p)=>l!==u[p]))&&n.push(`${c}: shape ${pt(i)}, expected ${pt(u)}`)}return n}var Ac="emlx.bundle",Ox=1,AL=100*1024*1024,hse=new Uint8Array(new Uint32Array([1]).buffer)[0]===1;function Bx(){return typeof process<"u"&&process.versions!=null&&process.versions.node!=null&&typeof window>"u"}var gse="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",xse=(()=>{let r=new Int16Array(128).fill(-1);for(let e=0;e<64;e++)r[gse.charCodeAt(e)]=e;return r})();function Jm(r,e="base64 data"){if(typeof r!="string")throw new Error(`${e}: expected a base64 string, got ${typeof r}`);let t=r.length;if(t%4!==0)throw new Error(`${e}: corrupt base64 (length ${t} is not a multiple of 4)`);let o=0;t>0&&r.charCodeAt(t-1)===61&&o++,t>1&&r.charCodeAt(t-2)===61&&o++;let n=t/4*3-o,s=new Uint8Array(n),a=0;for(let c=0;c<t;c+=4){let u=c+4===t,i=0;for(let l=0;l<4;l++){let p=r.charCodeAt(c+l),m=p<128?xse[p]:-1;if(m<0)if(p===61&&u&&l>=4-o)m=0;else{let f=JSON.stringify(r[c+l]);throw new Error(`${e}: corrupt base64 (invalid character ${f} at offset ${c+l})`)}i=i<<6|m}s[a++]=i>>>16&255,a<n&&(s[a++]=i>>>8&255),a<n&&(s[a++]=i&255)}return s}function DL(r){if(r.byteLength%4!==0)throw new Error(`float32 data has ${r.byteLength} bytes, not a multiple of 4`);let e=r.byteLength/4;if(hse)return r.byteOffset%4===0?new Float32Array(r.buffer,r.byteOffset,e):new Float32Array(r.slice().buffer,0,e);let t=new DataView(r.buffer,r.byteOffset,r.byteLength),o=new Float32Array(e);for(let n=0;n<e;n++)o[n]=t.getFloat32(4*n,!0);return o}function Lx(r,e){if(!Array.isArray(r)||!r.every(t=>Number.isInteger(t)&&t>=0))throw new Error(`${e}: shape must be a list of non-negative integers, got ${JSON.stringify(r)}`);return r.reduce((t,o)=>t*o,1)}function bse(r){let e=r.byteLength/2,t=new Float32Array(e),o=new Uint32Array(t.buffer);for(let n=0;n<e;n++)o[n]=(r[2*n+1]<<8|r[2*n])<<16;return t}function yse(r){let e=r.byteLength/2,t=new Float32Array(e);for(let o=0;o<e;o++){let n=r[2*o+1]<<8|r[2*o],s=n&32768?-1:1,a=n>>10&31,c=n&1023;a===0?t[o]=s*c*2**-24:a===31?t[o]=c?NaN:s*(1/0):t[o]=s*(1+c/1024)*2**(a-15)}return t}function wse(r,e,t){let o=t.length===0?1:t[0],n=r.length,s=o===0?0:n/o,a=new Float32Array(n);for(let c=0;c<o;c++){let u=e[c],i=c*s;for(let l=0;l<s;l++)a[i+l]=r[i+l]*u}return a}function FL(r,e,t){let o=Lx(e,`tensor "${r}"`);if(t.byteLength!==4*o)throw new Error(`tensor "${r}": float32 data has ${t.byteLength} bytes, expected ${4*o} (shape ${JSON.stringify(e)})`);return{dtype:"float32",shape:e.slice(),data:DL(t),stored:{bytes:t}}}function ML(r,e,t,o){let n=Lx(e,`tensor "${r}"`);if(e.length<1)throw new Error(`tensor "${r}": int8 tensors need at least one dimension (one scale per row)`);if(t.byteLength!==n)throw new Error(`tensor "${r}": int8 data has ${t.byteLength} bytes, expected ${n} (shape ${JSON.stringify(e)})`);let s=e[0];if(o.byteLength!==4*s)throw new Error(`tensor "${r}": int8 scale has ${o.byteLength} bytes, expected ${4*s} (one float32 per row, ${s} rows)`);let a=DL(o);for(let u=0;u<s;u++)if(!Number.isFinite(a[u]))throw new Error(`tensor "${r}": int8 scale of row ${u} is ${a[u]}`);let c=new Int8Array(t.buffer,t.byteOffset,t.byteLength);return{dtype:"int8",shape:e.slice(),data:wse(c,a,e),stored:{bytes:t,scaleBytes:o},scale:a}}function vse(r,e){if(e===null||typeof e!="object")throw new Error(`tensor "${r}": expected {dtype, shape, data}, got ${e===null?"null":typeof e}`);let t=e.shape;if(Lx(t,`tensor "${r}"`),e.dtype==="float32")return FL(r,t,Jm(e.data,`tensor "${r}" data`));if(e.dtype==="int8"){if(typeof e.scale!="string")throw new Error(`tensor "${r}": int8 tensor without a "scale" (base64 float32, one per row)`);let o=Jm(e.data,`tensor "${r}" data`),n=Jm(e.scale,`tensor "${r}" scale`);return ML(r,t,o,n)}throw new Error(`tensor "${r}": unsupported dtype ${JSON.stringify(e.dtype)} (expected "float32" or "int8")`)}function uS(r,e,t){if(r.format!==Ac)throw new Error(`not an emlx bundle: format is ${JSON.stringify(r.format)}, expected "${Ac}"`);if(Number(r.version)!==Ox)throw new Error(`emlx bundle version ${JSON.stringify(r.version)} is not supported (expected ${Ox})`);if(r.config===void 0||r.config===null)throw new Error('emlx bundle has no "config" (ModelSpec)');let o=Ym(r.config),n={};for(let[c,u]of Object.entries(e))n[c]=u.shape;let s=Fx(o,n);if(s.length)throw new Error(`bundle weights do not match its config: ${s.join("; ")}`);let a=r.tokenizer===void 0?null:r.tokenizer;if(a!==null&&(typeof a!="object"||Array.isArray(a)))throw new Error(`bundle "tokenizer" must be an object or null, got ${typeof a}`);return{format:Ac,version:Ox,config:o,tokenizer:a,weights:e,training:r.training??null,source:r.source??null,weights_sha256:r.weights_sha256??null,generated_by:r.generated_by??null,container:t}}function Ise(r){if(r===null||typeof r!="object"||Array.isArray(r))throw new Error("bundle JSON must be an object");if(r.weights===null||typeof r.weights!="object"||Array.isArray(r.weights))throw r.format!==Ac?new Error(`not an emlx bundle: format is ${JSON.stringify(r.format)}, expected "${Ac}"`):new Error('emlx bundle has no "weights" object');if(r.format!==Ac)throw new Error(`not an emlx bundle: format is ${JSON.stringify(r.format)}, expected "${Ac}"`);let e={};for(let t of Object.keys(r.weights).sort())e[t]=vse(t,r.weights[t]);return uS(r,e,"json")}var RL={F32:4,I8:1,BF16:2,F16:2,U8:1,F64:8,I32:4,I64:8,I16:2};function PL(r){let e=lS(r);if(e.byteLength<8)throw new Error(`safetensors: file has ${e.byteLength} bytes, too short for the 8-byte header length`);let t=new DataView(e.buffer,e.byteOffset,e.byteLength),o=t.getUint32(0,!0),s=t.getUint32(4,!0)*2**32+o;if(s>AL)throw new Error(`safetensors: header length ${s} exceeds the ${AL}-byte limit`);if(8+s>e.byteLength)throw new Error(`safetensors: header length ${s} runs past the end of the file (${e.byteLength} bytes)`);let a;try{a=JSON.parse(new TextDecoder("utf-8",{fatal:!0}).decode(e.subarray(8,8+s)))}catch(m){throw new Error(`safetensors: header is not valid JSON (${m.message})`)}if(a===null||typeof a!="object"||Array.isArray(a))throw new Error("safetensors: header must be a JSON object");let c=8+s,u=e.byteLength-c,i={};if(a.__metadata__!==void 0){let m=a.__metadata__;if(m===null||typeof m!="object"||Array.isArray(m))throw new Error("safetensors: __metadata__ must be an object of strings");for(let[f,d]of Object.entries(m)){if(typeof d!="string")throw new Error(`safetensors: __metadata__.${f} must be a string, got ${typeof d}`);i[f]=d}}let l={},p=[];for(let[m,f]of Object.entries(a)){if(m==="__metadata__")continue;if(f===null||typeof f!="object")throw new Error(`safetensors: tensor "${m}" has no header entry object`);let{dtype:d,shape:h,data_offsets:g}=f;if(!(d in RL))throw new Error(`safetensors: tensor "${m}" has unsupported dtype ${JSON.stringify(d)}`);let x=Lx(h,`safetensors: tensor "${m}"`);if(!Array.isArray(g)||g.length!==2||!g.every(w=>Number.isInteger(w)&&w>=0)||g[1]<g[0])throw new Error(`safetensors: tensor "${m}" has bad data_offsets ${JSON.stringify(g)}`);if(g[1]>u)throw new Error(`safetensors: tensor "${m}" data_offsets ${JSON.stringify(g)} run past the data section (${u} bytes)`);let y=x*RL[d];if(g[1]-g[0]!==y)throw new Error(`safetensors: tensor "${m}" (${d}, shape ${JSON.stringify(h)}) has ${g[1]-g[0]} bytes, expected ${y}`);p.push([g[0],g[1],m]),l[m]={dtype:d,shape:h.slice(),bytes:e.slice(c+g[0],c+g[1])}}p.sort((m,f)=>m[0]-f[0]||m[1]-f[1]);for(let m=1;m<p.length;m++)if(p[m][0]<p[m-1][1])throw new Error(`safetensors: tensors "${p[m-1][2]}" and "${p[m][2]}" overlap (offsets ${p[m-1][0]}-${p[m-1][1]} and ${p[m][0]}-${p[m][1]})`);return{metadata:i,tensors:l}}function OL(r){let e={},t=Object.keys(r).sort(),o=new Set;for(let n of t){let s=r[n];if(s.dtype==="I8"){let a=`${n}.scale`,c=r[a];if(!c)throw new Error(`safetensors: int8 tensor "${n}" has no "${a}" (float32, one per row)`);if(c.dtype!=="F32")throw new Error(`safetensors: "${a}" must be F32, got ${c.dtype}`);o.add(a),e[n]=ML(n,s.shape,s.bytes,c.bytes)}}for(let n of t){if(o.has(n)||n in e)continue;let s=r[n];if(s.dtype==="F32")e[n]=FL(n,s.shape,s.bytes);else if(s.dtype==="BF16")e[n]={dtype:"bfloat16",shape:s.shape,data:bse(s.bytes),stored:{bytes:s.bytes}};else if(s.dtype==="F16")e[n]={dtype:"float16",shape:s.shape,data:yse(s.bytes),stored:{bytes:s.bytes}};else throw new Error(`safetensors: tensor "${n}" has dtype ${s.dtype}; bundles store F32, or I8 with NAME.scale`)}return e}function Mx(r,e){if(e in r)try{return JSON.parse(r[e])}catch(t){throw new Error(`safetensors: __metadata__.${e} is not valid JSON (${t.message})`)}}function BL(r){return{format:r.format,version:r.version,config:Mx(r,"config"),tokenizer:Mx(r,"tokenizer"),training:Mx(r,"training"),source:Mx(r,"source"),weights_sha256:r.weights_sha256,generated_by:r.generated_by}}function Cse(r){let{metadata:e,tensors:t}=PL(r);if(e.format===void 0)throw new Error("safetensors file has no __metadata__.format: not an emlx bundle");return uS(BL(e),OL(t),"safetensors")}function lS(r){if(r instanceof Uint8Array)return r;if(r instanceof ArrayBuffer)return new Uint8Array(r);if(ArrayBuffer.isView(r))return new Uint8Array(r.buffer,r.byteOffset,r.byteLength);if(typeof SharedArrayBuffer<"u"&&r instanceof SharedArrayBuffer)return new Uint8Array(r);throw new Error(`expected bytes, got ${r===null?"null":typeof r}`)}function Sse(r){return r instanceof ArrayBuffer||ArrayBuffer.isView(r)||typeof SharedArrayBuffer<"u"&&r instanceof SharedArrayBuffer}function kse(r){for(let e=0;e<r.length&&e<4096;e++){let t=r[e];if(t!==32&&t!==9&&t!==10&&t!==13&&t!==239&&t!==187&&t!==191)return t}return-1}function _se(r,e){let t;try{t=new TextDecoder("utf-8",{fatal:!0}).decode(r)}catch(o){throw new Error(`${e}: not valid UTF-8 (${o.message})`)}return LL(t,e)}function LL(r,e){try{return JSON.parse(r)}catch(t){throw new Error(`${e}: not valid JSON (${t.message})`)}}async function Px(r,e={},t="bundle"){let o=lS(r);if(kse(o)===123){let n=_se(o,t);return aS(n,e,t)}return Cse(o)}async function aS(r,e,t){return r&&typeof r=="object"&&r.weight_map&&typeof r.weight_map=="object"?Tse(r,e,t):Ise(r)}async function Tse(r,e,t){let o=e.baseLocation;if(o===void 0)throw new Error(`${t}: a sharded index must be loaded from a path or URL (shards are relative to it)`);let n=[...new Set(Object.values(r.weight_map))].sort(),s={},a=r.metadata&&typeof r.metadata=="object"?{...r.metadata}:{};for(let c of n){let u=Nse(c,o),i=await cS(u,e),l=PL(i);for(let[p,m]of Object.entries(l.metadata))p in a||(a[p]=m);for(let[p,m]of Object.entries(l.tensors)){if(p in s)throw new Error(`${t}: tensor "${p}" appears in more than one shard`);s[p]=m}}for(let[c,u]of Object.entries(r.weight_map))if(!(c in s))throw new Error(`${t}: tensor "${c}" is listed for shard ${u} but is not in it`);if(a.format===void 0)throw new Error(`${t}: sharded index has no metadata.format: not an emlx bundle`);return a=Object.fromEntries(Object.entries(a).map(([c,u])=>[c,typeof u=="string"?u:JSON.stringify(u)])),uS(BL(a),OL(s),"safetensors")}function iS(r){return/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(r)||/^(data|blob):/.test(r)}function Nse(r,e){if(e==null||iS(r)||r.startsWith("/"))return r;if(iS(e))return new URL(r,e).href;let t=Math.max(e.lastIndexOf("/"),e.lastIndexOf("\\"));return t>=0?e.slice(0,t+1)+r:r}async function cS(r,e={}){if(typeof e.readBytes=="function")return lS(await e.readBytes(r));let t=r instanceof URL?r.href:String(r);if(Bx()&&(t.startsWith("file:")||!iS(t))){let a=await import("node:fs/promises"),c=t;if(t.startsWith("file:")){let u="node:url",{fileURLToPath:i}=await import(u);c=i(t)}try{return new Uint8Array(await a.readFile(c))}catch(u){throw new Error(`cannot read ${c}: ${u.code||u.message}`)}}let o=e.fetch||globalThis.fetch;if(typeof o!="function")throw new Error(`cannot fetch ${t}: no fetch function available`);let n;try{n=await o(t)}catch(s){throw new Error(`cannot fetch ${t}: ${s.message}`)}if(n.ok===!1)throw new Error(`cannot fetch ${t}: HTTP ${n.status}${n.statusText?" "+n.statusText:""}`);return new Uint8Array(await n.arrayBuffer())}async function pS(r,e={}){if(r==null)throw new Error("loadBundle: no source given");if(Sse(r))return Px(r,e);if(typeof r=="string"){if(r.trimStart().startsWith("{"))return aS(LL(r,"bundle"),e,"bundle");let o=await cS(r,e);return Px(o,{...e,baseLocation:e.baseLocation??r},r)}if(typeof URL<"u"&&r instanceof URL){let t=await cS(r,e);return Px(t,{...e,baseLocation:e.baseLocation??r.href},r.href)}if(typeof r=="object"&&typeof r.arrayBuffer=="function"&&!("weights"in r)){if(r.ok===!1)throw new Error(`loadBundle: response is HTTP ${r.status}`);return Px(new Uint8Array(await r.arrayBuffer()),e)}if(typeof r=="object"&&r.container&&r.config&&r.weights)return r;if(typeof r=="object")return aS(r,e,"bundle");throw new Error(`loadBundle: unsupported source of type ${typeof r}`)}async function Ese(r){let e=globalThis.crypto&&globalThis.crypto.subtle;if(!e)throw new Error("computeWeightsSha256: crypto.subtle is not available (a browser needs a secure context)");let t=new TextEncoder,o=[],n=0;for(let u of Object.keys(r.weights).sort()){let i=r.weights[u],l=t.encode(`${u}
${i.dtype}
${i.shape.join(",")}
`);o.push(l),n+=l.byteLength,i.stored.scaleBytes&&(o.push(i.stored.scaleBytes),n+=i.stored.scaleBytes.byteLength),o.push(i.stored.bytes),n+=i.stored.bytes.byteLength}let s=new Uint8Array(n),a=0;for(let u of o)s.set(u,a),a+=u.byteLength;let c=new Uint8Array(await e.digest("SHA-256",s));return Array.from(c,u=>u.toString(16).padStart(2,"0")).join("")}var OS=Object.freeze(["cpu","wasm","webgl"]),rf=null,lq=null;async function uue(){let r=null;if(typeof import.meta.resolve=="function")try{r=import.meta.resolve("@tensorflow/tfjs-backend-wasm")}catch{r=null}let e="node:url",t="node:path",{fileURLToPath:o}=await import(e),n=await import(t),s;if(r)s=o(r);else{let a="node:module",{createRequire:c}=await import(a);s=c(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm")}return n.dirname(s)+n.sep}async function of(r="cpu",e={}){if(!OS.includes(r))throw new Error(`unknown backend ${JSON.stringify(r)} (expected one of ${OS.join(", ")})`);if(r==="wasm"){if(!rf){let o="@tensorflow/tfjs-backend-wasm";rf=await Promise.resolve().then(()=>(uq(),cq))}let t=e.wasmPaths??(Bx()?await uue():null);t&&lq===null&&(rf.setWasmPaths(t),lq=t),e.wasmThreads&&typeof rf.setThreadsCount=="function"&&rf.setThreadsCount(e.wasmThreads)}if(r==="webgl"&&(P().set("WEBGL_USE_SHAPES_UNIFORMS",!0),P().set("WEBGL_FORCE_F16_TEXTURES",!1)),qs()!==r||!lv(r)){let t;try{t=await cv(r)}catch(o){throw new Error(`TF.js backend "${r}" failed to initialise: ${o.message}`)}if(!t)throw new Error(`TF.js backend "${r}" failed to initialise${r==="webgl"&&Bx()?" (WebGL is not available in Node)":""}`)}if(await uv(),qs()!==r)throw new Error(`TF.js backend "${r}" was requested but "${qs()}" is in use`);return pq()}function pq(){let r=qs(),e={backend:r,tfjs_version:vh};try{r==="wasm"?(e.wasm_simd=P().getBool("WASM_HAS_SIMD_SUPPORT"),e.wasm_threads=P().getBool("WASM_HAS_MULTITHREAD_SUPPORT")):r==="webgl"&&(e.webgl_version=P().getNumber("WEBGL_VERSION"),e.webgl_f32=P().getBool("WEBGL_RENDER_FLOAT32_ENABLED"),e.webgl_force_f16=P().getBool("WEBGL_FORCE_F16_TEXTURES"))}catch{}return e}function lue(r){let e=["embed"];for(let t=0;t<r.n_layer;t++)e.push(`blocks.${t}.attn.q`,`blocks.${t}.attn.k`,`blocks.${t}.attn.v`,`blocks.${t}.attn_out`,`blocks.${t}.mlp_out`,`blocks.${t}.out`);return e.push("final_norm","logits"),e}var LS=new Float32Array(1),mq=new Uint32Array(LS.buffer);function pue(r){LS[0]=r;let e=mq[0];if((e&2139095040)===2139095040)return r;let t=e+32767+(e>>>16&1)>>>0;return mq[0]=t&4294901760,LS[0]}function mue(r){if(r=Math.fround(r),!Number.isFinite(r)||r===0)return r;let e=Math.abs(r);if(e>=65520)return Math.sign(r)*(1/0);let t=Math.floor(Math.log2(e));2**t>e&&(t-=1),2**(t+1)<=e&&(t+=1);let o=2**(Math.max(t,-14)-10),n=e/o,s=Math.floor(n),a=n-s;return(a>.5||a===.5&&s%2===1)&&(s+=1),Math.sign(r)*s*o}function fue(r){if(r==="float32")return e=>e;if(r==="bfloat16")return pue;if(r==="float16")return mue;throw new Error(`unsupported rope.table_dtype ${r}`)}function due(r,e,t){let o=r.head_dim,n=o/2,s=Math.fround,a=s(r.rope.base),c=new Float32Array(n);for(let p=0;p<n;p++){let m=s(s(2*p)/s(o));c[p]=s(1/s(Math.pow(a,m)))}let u=fue(r.rope.table_dtype),i=new Float32Array(t*n),l=new Float32Array(t*n);for(let p=0;p<t;p++){let m=s(e+p);for(let f=0;f<n;f++){let d=s(m*c[f]);i[p*n+f]=u(s(Math.cos(d))),l[p*n+f]=u(s(Math.sin(d)))}}return{cos:i,sin:l}}function fq(r,e,t){let o=r.head_dim,n=o/2,s=r.rope.sign,{cos:a,sin:c}=due(r,e,t),u=new Float32Array(t*o),i=new Float32Array(t*o),l=new Int32Array(o),p=r.rope.style==="interleaved";for(let m=0;m<n;m++){let f=p?2*m:m,d=p?2*m+1:m+n;l[f]=d,l[d]=f;for(let h=0;h<t;h++){let g=a[h*n+m],x=c[h*n+m];u[h*o+f]=g,u[h*o+d]=g,i[h*o+f]=-s*x,i[h*o+d]=s*x}}return{C:u,S:i,partner:l}}function hue(r,e,t,o,n,s=1){let a=new Float32Array(s*e*o),c=!1;for(let u=0;u<e;u++){let i=r+u;for(let l=0;l<o;l++){let p=t+l;if(!(p<=i&&(n===null||p>i-n))){c=!0;for(let f=0;f<s;f++)a[(f*e+u)*o+l]=-1e30}}}return c?a:null}function dq(r){if(r.kT)for(let e of r.kT)e.dispose();if(r.v)for(let e of r.v)e.dispose()}function gue(r,e,t){let o=new Float32Array(e*t);for(let n=0;n<e;n++){let s=n*t;for(let a=0;a<t;a++)o[a*e+n]=r[s+a]}return o}function BS(r){if(r.data.length!==1)throw new Error(`expected a scalar, got ${r.data.length} values`);return r.data[0]}var Xx=class r{constructor(e){if(!e||!e.config||!e.weights)throw new Error("GPT: expected a loaded bundle ({config, weights})");let t=Ym(e.config);this.spec=t,this.config=t;let o=e.weights,n=Fx(t,Object.fromEntries(Object.entries(o).map(([s,a])=>[s,a.shape])));if(n.length)throw new Error(`GPT: bundle weights do not match its config: ${n.join("; ")}`);this._tensors=[];try{this._build(t,o)}catch(s){for(let a of this._tensors)a.dispose();throw this._tensors=[],s}this.disposed=!1}_build(e,t){let o=w=>{let C=t[w];if(!C)throw new Error(`GPT: bundle has no tensor "${w}"`);return C},n=e.n_head,s=e.n_kv_head,a=e.head_dim,c=e.n_embd;this.H=n,this.KV=s,this.D=a,this.G=n/s,this.qDim=n*a,this.kvDim=s*a;let u=w=>(this._tensors.push(w),w),i=w=>{let C=o(w);return u(mo(C.data,C.shape,"float32"))},l=(w,C,T)=>u(mo(gue(w,C,T),[T,C],"float32")),p=w=>{let C=o(w);return l(C.data,C.shape[0],C.shape[1])},m=w=>u(De(w,"float32"));this.wte=i("wte.weight");let f=o("lm_head.weight");this.lmHead=l(f.data.subarray(0,e.vocab_size*c),e.vocab_size,c);let d=o("resid_lambdas").data,h=o("x0_lambdas").data,g=new Set(e.value_embed?e.value_embed.layers:[]);this.layers=[];for(let w=0;w<e.n_layer;w++){let C=`blocks.${w}.`,T={index:w,resid:m(d[w]),x0:m(h[w]),wq:p(C+"attn.c_q.weight"),wk:p(C+"attn.c_k.weight"),wv:p(C+"attn.c_v.weight"),wproj:p(C+"attn.c_proj.weight"),wfc:p(C+"mlp.c_fc.weight"),wmproj:p(C+"mlp.c_proj.weight"),window:e.window[w],ve:null,veGate:null,logK:null};if(g.has(w)&&(T.ve=i(`value_embeds.${w}.weight`),T.veGate=p(C+"attn.ve_gate.weight")),e.activation.kind==="eml"){let $=BS(o(C+"mlp.eml_k"));T.logK=m(Math.fround(Math.log($)))}this.layers.push(T)}this.eps=m(e.norm_eps),this.sqrtD=m(Math.sqrt(a)),this.qkScale=e.qk_scale===1?null:m(e.qk_scale),this.softcap=e.softcap===null?null:m(e.softcap),e.value_embed&&(this.gateScale=m(e.value_embed.gate_scale)),e.smear&&(this.smearGate=p("smear_gate.weight"),this.smearLambda=m(BS(o("smear_lambda")))),e.backout&&(this.backoutLambda=m(BS(o("backout_lambda")))),e.activation.kind==="eml"&&(this.emlClamp=m(e.activation.params.exp_clamp),this.emlFloor=m(e.activation.params.log_floor));let x=fq(e,0,1).partner;this.partner=u(Ut(x,"int32"));let y=new Float32Array(a*a);for(let w=0;w<a;w++)y[x[w]*a+w]=1;this.partnerMatrix=u(mo(y,[a,a],"float32")),this.maxKeep=e.window.map(w=>w===null?1/0:w-1)}get vocabSize(){return this.spec.vocab_size}dispose(){if(!this.disposed){for(let e of this._tensors)e.dispose();this._tensors=[],this.disposed=!0}}_check(e){if(this.disposed)throw new Error("GPT: model has been disposed");if(!Array.isArray(e)&&!ArrayBuffer.isView(e))throw new Error("GPT: ids must be an array of integers");let t=this.spec.padded_vocab_size;for(let o of e)if(!Number.isInteger(o)||o<0||o>=t)throw new Error(`GPT: token id ${o} is outside [0, ${t})`)}_norm(e){return te(e,Hd(fe(_i(Gt(e),-1,!0),this.eps)))}_linear(e,t){return Ke(e,t)}_rope(e,t,o){let n;if(qs()==="cpu")n=mc(e,this.partner,2);else{let[s,a,c]=e.shape;n=z(Ke(z(e,[s*a,c]),this.partnerMatrix),[s,a,c])}return fe(te(e,t),te(n,o))}_act(e,t){if(this.spec.activation.kind==="relu2")return Gt(ta(e));let o=Lr(Ti(e,this.emlClamp));return Ce(o,Qo(zl(Ce(o,t.logK),this.emlFloor)))}_embed(e,t,o,n){let s=this._norm(mc(this.wte,e)),a=s;if(this.spec.smear){let c=this.spec.smear.channels,u,i;if(o>0){if(!n)throw new Error("GPT: cache is missing the previous embedding row needed by smear");u=t>1?gt([n,Pe(s,[0,0],[t-1,-1])],0):n,i=s}else t>1&&(u=Pe(s,[0,0],[t-1,-1]),i=Pe(s,[1,0],[t-1,-1]));if(u){let l=uo(this._linear(Pe(i,[0,0],[-1,c]),this.smearGate)),p=fe(i,te(te(this.smearLambda,l),u));a=o>0?p:gt([Pe(s,[0,0],[1,-1]),p],0)}}return{x:a,raw:s}}_pass(e,t,o,n){let s=this.spec,a=e.length,{H:c,KV:u,D:i,G:l}=this,p=n.taps,m={},f=(W,G)=>{p&&(p===!0||p.has(W))&&(m[W]=G)},d=Ut(Int32Array.from(e),"int32"),h=this._embed(d,a,t,o?o.prevX:null),g=h.x,x=g;f("embed",x);let{C:y,S:w}=fq(s,t,a),C=Nu(y,[a,1,i],"float32"),T=Nu(w,[a,1,i],"float32"),$=[],A=null;for(let W of this.layers){let G=W.index;g=fe(te(W.resid,g),te(W.x0,x));let q=this._norm(g),H=z(this._linear(q,W.wq),[a,c,i]),j=z(this._linear(q,W.wk),[a,u,i]),X=z(this._linear(q,W.wv),[a,u,i]);if(W.ve){let Re=s.value_embed.gate_channels,Me=te(this.gateScale,uo(this._linear(Pe(q,[0,0],[a,Re]),W.veGate))),rt=z(mc(W.ve,d),[a,u,i]);X=fe(X,te(z(Me,[a,u,1]),rt))}H=this._norm(this._rope(H,C,T)),j=this._norm(this._rope(j,C,T)),this.qkScale&&(H=te(H,this.qkScale),j=te(j,this.qkScale)),f(`blocks.${G}.attn.q`,H),f(`blocks.${G}.attn.k`,j),f(`blocks.${G}.attn.v`,X);let J=u===1?[To(z(j,[a,i]))]:ra(To(j,[1,2,0])),ee=u===1?[z(X,[a,i])]:ra(To(X,[1,0,2])),ae=u===1&&l===1?[z(H,[a,i])]:ra(z(To(H,[1,0,2]),[u,l*a,i])),oe=o?o.layers[G]:null,ie=[],re=[];for(let Re=0;Re<u;Re++)ie.push(oe&&oe.len>0?gt([oe.kT[Re],J[Re]],1):J[Re]),re.push(oe&&oe.len>0?gt([oe.v[Re],ee[Re]],0):ee[Re]);let ne=ie[0].shape[1],ue=t+a-ne;$.push({kT:ie,v:re,len:ne});let pe=hue(t,a,ue,ne,W.window,l),ge=pe?mo(pe,[l*a,ne],"float32"):null,ke=[];for(let Re=0;Re<u;Re++){let Me=Ue(Ke(ae[Re],ie[Re]),this.sqrtD);ge&&(Me=fe(Me,ge));let rt=Lr(Ce(Me,ko(Me,-1,!0))),st=Ue(rt,et(rt,-1,!0));ke.push(Ke(st,re[Re]))}let Se=u===1?z(ke[0],[c,a,i]):z(en(ke),[c,a,i]),Fe=c===1?z(Se,[a,i]):z(To(Se,[1,0,2]),[a,c*i]),Ae=this._linear(Fe,W.wproj);f(`blocks.${G}.attn_out`,Ae),g=fe(g,Ae);let Ze=this._linear(this._act(this._linear(this._norm(g),W.wfc),W),W.wmproj);f(`blocks.${G}.mlp_out`,Ze),g=fe(g,Ze),f(`blocks.${G}.out`,g),s.backout&&G===s.backout.layer&&(A=g)}A&&(g=Ce(g,te(this.backoutLambda,A)));let R=this._norm(g);f("final_norm",R),n.allPositions||p&&(p===!0||p.has("logits"))||(R=Pe(R,[a-1,0],[1,-1]));let M=this._linear(R,this.lmHead);this.softcap&&(M=te(this.softcap,wu(Ue(M,this.softcap)))),f("logits",M);let L=Pe(h.raw,[a-1,0],[1,-1]);return{logits:M,newKV:$,lastRaw:L,taps:m}}static _tapSet(e){if(!e)return null;if(e===!0)return!0;if(Array.isArray(e))return new Set(e);throw new Error("GPT: taps must be true or a list of tap names")}async forward(e,t={}){if(this._check(e),e.length===0)throw new Error("GPT: forward needs at least one token");let o=r._tapSet(t.taps),n=at(()=>{let s=this._pass(Array.from(e),0,null,{taps:o,allPositions:!t.lastOnly});return{logits:s.logits,taps:s.taps}});return this._collect(n,t.returnTensor)}async _collect(e,t){let o={},n=new Set(Object.values(e.taps));t||n.add(e.logits);try{for(let[a,c]of Object.entries(e.taps))o[a]={shape:c.shape.slice(),data:await c.data()};let s=e.logits.shape.slice();return t?(n.delete(e.logits),{logits:e.logits,shape:s,taps:o}):{logits:await e.logits.data(),shape:s,taps:o}}finally{for(let s of n)s.dispose()}}createCache(){let e=this;return{pos:0,layers:this.layers.map(()=>({kT:null,v:null,len:0})),prevX:null,disposed:!1,model:e,dispose(){for(let t of this.layers)dq(t);this.layers=this.layers.map(()=>({kT:null,v:null,len:0})),this.prevX&&this.prevX.dispose(),this.prevX=null,this.disposed=!0},sizes(){return this.layers.map(t=>t.len)}}}async step(e,t,o={}){if(!e||e.model!==this)throw new Error("GPT: step needs a cache from this model's createCache()");if(e.disposed)throw new Error("GPT: the cache has been disposed");if(this._check(t),t.length===0)throw new Error("GPT: step needs at least one token");let n=e.pos,s=t.length,a=at(()=>{let u=this._pass(Array.from(t),n,e.pos>0?e:null,{taps:r._tapSet(o.taps),allPositions:!!o.allPositions}),i=u.newKV.map((l,p)=>{let m=Math.min(this.maxKeep[p],l.len);if(m===l.len)return l;if(m===0)return{kT:null,v:null,len:0};let f=l.len-m;return{kT:l.kT.map(d=>Pe(d,[0,f],[-1,m])),v:l.v.map(d=>Pe(d,[f,0],[m,-1])),len:m}});return{logits:u.logits,taps:u.taps,layers:i,lastRaw:u.lastRaw}});for(let u=0;u<e.layers.length;u++)dq(e.layers[u]),e.layers[u]=a.layers[u];e.prevX&&e.prevX.dispose(),e.prevX=a.lastRaw,e.pos=n+s;let c=await this._collect({logits:a.logits,taps:a.taps},o.returnTensor);return c.pos=e.pos,c}async generate(e,t,o={}){let n=this.createCache(),s=o.temperature??0,a=bue(o.seed??2654435769),c=new Set(o.stopIds??[]),u=[];try{let i=await this.step(n,Array.from(e));for(let l=0;l<t;l++){let p=s>0?yue(i.logits,s,o.topK??0,a):xue(i.logits);if(u.push(p),o.onToken&&await o.onToken(p,l)===!1||c.has(p)||l===t-1)break;i=await this.step(n,[p])}}finally{n.dispose()}return{ids:u,all:[...e,...u]}}};function xue(r,e=0,t=r.length-e){let o=e,n=r[e];for(let s=e+1;s<e+t;s++)r[s]>n&&(n=r[s],o=s);return o-e}function bue(r){let e=r>>>0;return()=>{e=e+1831565813>>>0;let t=e;return t=Math.imul(t^t>>>15,t|1),t^=t+Math.imul(t^t>>>7,t|61),((t^t>>>14)>>>0)/4294967296}}function yue(r,e,t,o){let n=Array.from(r.keys()),s=n;t>0&&t<r.length&&(s=n.sort((l,p)=>r[p]-r[l]).slice(0,t));let a=-1/0;for(let l of s)a=Math.max(a,r[l]);let c=s.map(l=>Math.exp((r[l]-a)/e)),u=c.reduce((l,p)=>l+p,0),i=o()*u;for(let l=0;l<s.length;l++)if(i-=c[l],i<=0)return s[l];return s[s.length-1]}async function wue(r,e={}){e.backend&&await of(e.backend,e);let t=r&&r.config&&r.weights&&r.container?r:await pS(r,e);return new Xx(t)}var bq=Oc(xq(),1);var Nue=Object.defineProperty,Eue=(r,e,t)=>e in r?Nue(r,e,{enumerable:!0,configurable:!0,writable:!0,value:t}):r[e]=t,$ue=(r,e,t)=>(Eue(r,typeof e!="symbol"?e+"":e,t),t);function Aue(r,e){let t=Array.from({length:r.length},(o,n)=>({start:n,end:n+1}));for(;t.length>1;){let o=null;for(let n=0;n<t.length-1;n++){let s=r.slice(t[n].start,t[n+1].end),a=e.get(s.join(","));a!=null&&(o==null||a<o[0])&&(o=[a,n])}if(o!=null){let n=o[1];t[n]={start:t[n].start,end:t[n+1].end},t.splice(n+1,1)}else break}return t}function Rue(r,e){return r.length===1?[e.get(r.join(","))]:Aue(r,e).map(t=>e.get(r.slice(t.start,t.end).join(","))).filter(t=>t!=null)}function Due(r){return r.replace(/[\\^$*+?.()|[\]{}]/g,"\\$&")}var VS=class{constructor(r,e){Ui(this,"specialTokens");Ui(this,"inverseSpecialTokens");Ui(this,"patStr");Ui(this,"textEncoder",new TextEncoder);Ui(this,"textDecoder",new TextDecoder("utf-8"));Ui(this,"rankMap",new Map);Ui(this,"textMap",new Map);this.patStr=r.pat_str;let t=r.bpe_ranks.split(`
`).filter(Boolean).reduce((o,n)=>{let[s,a,...c]=n.split(" "),u=Number.parseInt(a,10);return c.forEach((i,l)=>o[i]=u+l),o},{});for(let[o,n]of Object.entries(t)){let s=bq.default.toByteArray(o);this.rankMap.set(s.join(","),n),this.textMap.set(n,s)}this.specialTokens={...r.special_tokens,...e},this.inverseSpecialTokens=Object.entries(this.specialTokens).reduce((o,[n,s])=>(o[s]=this.textEncoder.encode(n),o),{})}encode(r,e=[],t="all"){let o=new RegExp(this.patStr,"ug"),n=VS.specialTokenRegex(Object.keys(this.specialTokens)),s=[],a=new Set(e==="all"?Object.keys(this.specialTokens):e),c=new Set(t==="all"?Object.keys(this.specialTokens).filter(i=>!a.has(i)):t);if(c.size>0){let i=VS.specialTokenRegex([...c]),l=r.match(i);if(l!=null)throw new Error(`The text contains a special token that is not allowed: ${l[0]}`)}let u=0;for(;;){let i=null,l=u;for(;n.lastIndex=l,i=n.exec(r),!(i==null||a.has(i[0]));)l=i.index+1;let p=i?.index??r.length;for(let f of r.substring(u,p).matchAll(o)){let d=this.textEncoder.encode(f[0]),h=this.rankMap.get(d.join(","));if(h!=null){s.push(h);continue}s.push(...Rue(d,this.rankMap))}if(i==null)break;let m=this.specialTokens[i[0]];s.push(m),u=i.index+i[0].length}return s}decode(r){let e=[],t=0;for(let s=0;s<r.length;++s){let a=r[s],c=this.textMap.get(a)??this.inverseSpecialTokens[a];c!=null&&(e.push(c),t+=c.length)}let o=new Uint8Array(t),n=0;for(let s of e)o.set(s,n),n+=s.length;return this.textDecoder.decode(o)}},Jx=VS;$ue(Jx,"specialTokenRegex",r=>new RegExp(r.map(e=>Due(e)).join("|"),"g"));function Fue(r){if(typeof r!="string")throw new Error(`tokenizer: mergeable_ranks must be a string in tiktoken file format, got ${typeof r}`);let e=[],t=new Set,o=new Set,n=r.split(`
`);for(let s=0;s<n.length;s++){let a=n[s].replace(/\r$/,"");if(a==="")continue;let c=a.split(" ");if(c.length!==2||!/^\d+$/.test(c[1]))throw new Error(`tokenizer: mergeable_ranks line ${s+1} is not "<base64 bytes> <rank>": ${JSON.stringify(a.slice(0,80))}`);let u=Number(c[1]),i=Jm(c[0],`tokenizer: mergeable_ranks line ${s+1}`);if(t.has(u))throw new Error(`tokenizer: rank ${u} appears twice in mergeable_ranks`);if(o.has(c[0]))throw new Error(`tokenizer: token ${c[0]} appears twice in mergeable_ranks`);t.add(u),o.add(c[0]),e.push({bytes:i,b64:c[0],rank:u})}return e.sort((s,a)=>s.rank-a.rank),e}function Mue(r){let e=[],t=null;for(let o of r)t&&o.rank===t.start+t.tokens.length?t.tokens.push(o.b64):(t&&e.push(`! ${t.start} ${t.tokens.join(" ")}`),t={start:o.rank,tokens:[o.b64]});return t&&e.push(`! ${t.start} ${t.tokens.join(" ")}`),e.join(`
`)}function Pue(r){if(r===null||typeof r!="object")throw new Error("tokenizer: the bundle has no tokenizer block");for(let t of["pat_str_js","mergeable_ranks","special_tokens"])if(!(t in r))throw new Error(`tokenizer: block is missing "${t}"`);if(typeof r.pat_str_js!="string")throw new Error("tokenizer: pat_str_js must be a string");let e=r.special_tokens;if(e===null||typeof e!="object"||Array.isArray(e))throw new Error("tokenizer: special_tokens must be an object {text: id}");for(let[t,o]of Object.entries(e))if(!Number.isInteger(o)||o<0)throw new Error(`tokenizer: special token ${JSON.stringify(t)} has id ${JSON.stringify(o)}`)}function Oue(r,e){return[...r].sort().join("")===[...e].sort().join("")}var GS=class r{constructor(e,t={}){Pue(e),this.block=e,this.name=e.name??null,this.specialTokens={...e.special_tokens},this.bosToken=e.bos_token??null,this.bosId=e.bos_id??(this.bosToken!=null?this.specialTokens[this.bosToken]:null)??null;let o=Fue(e.mergeable_ranks);this.nVocab=e.n_vocab??Math.max(o.length?o[o.length-1].rank+1:0,...Object.values(this.specialTokens).map(s=>s+1)),this._bytesById=new Map;for(let s of o)this._bytesById.set(s.rank,s.bytes);let n=new TextEncoder;for(let[s,a]of Object.entries(this.specialTokens)){if(this._bytesById.has(a))throw new Error(`tokenizer: special token ${JSON.stringify(s)} reuses ordinary rank ${a}`);this._bytesById.set(a,n.encode(s))}this.flags=e.pat_flags_js??"gu";try{this._regex=new RegExp(e.pat_str_js,this.flags.includes("g")?this.flags:this.flags+"g")}catch(s){throw new Error(`tokenizer: pat_str_js does not compile as a JS RegExp with flags "${this.flags}": ${s.message}`)}if(this.engine=t.engine??"js-tiktoken",this.engine==="js-tiktoken"){if(!Oue(this.flags.includes("g")?this.flags:this.flags+"g","gu"))throw new Error(`tokenizer: js-tiktoken compiles the pattern with flags "gu", but the bundle asks for "${this.flags}"; use {engine: 'tiktoken'}`);this._impl=new Jx({pat_str:e.pat_str_js,special_tokens:this.specialTokens,bpe_ranks:Mue(o)}),this._wasm=null}else if(this.engine==="tiktoken"){if(!t.tiktokenModule)throw new Error("tokenizer: engine 'tiktoken' needs Tokenizer.create() (async) or {tiktokenModule}");let s=t.tiktokenModule.Tiktoken;if(typeof e.pat_str!="string")throw new Error("tokenizer: engine 'tiktoken' needs the original pat_str in the block");this._wasm=new s(e.mergeable_ranks,this.specialTokens,e.pat_str),this._impl=null}else throw new Error(`tokenizer: unknown engine ${JSON.stringify(this.engine)} (expected 'js-tiktoken' or 'tiktoken')`)}static async create(e,t={}){if((t.engine??"js-tiktoken")==="tiktoken"&&!t.tiktokenModule){let o="tiktoken/lite",n;try{n=await import(o)}catch(s){throw new Error(`tokenizer: engine 'tiktoken' needs the optional npm package "tiktoken" (${s.message})`)}t={...t,tiktokenModule:n.Tiktoken?n:n.default}}return new r(e,t)}static fromBundle(e,t={}){if(!e||!e.tokenizer)throw new Error("tokenizer: the bundle has no tokenizer block");return r.create(e.tokenizer,t)}encode(e,t={}){if(typeof e!="string")throw new Error(`tokenizer: encode expects a string, got ${typeof e}`);let o=t.allowedSpecial??"none",n;if(o==="none"||Array.isArray(o)&&o.length===0)n=this.encodeOrdinary(e);else{let s=o==="all"?"all":o;if(s!=="all"&&!Array.isArray(s))throw new Error(`tokenizer: allowedSpecial must be 'all', 'none' or a list, got ${JSON.stringify(o)}`);n=this._impl?this._impl.encode(e,s,[]):Array.from(this._wasm.encode(e,s,[]))}if(t.bos){if(this.bosId==null)throw new Error("tokenizer: the block has no bos_id");n.unshift(this.bosId)}return n}encodeOrdinary(e){return this._impl?this._impl.encode(e,[],[]):Array.from(this._wasm.encode_ordinary(e))}decodeBytes(e){let t=[],o=0;for(let a of e){let c=this._bytesById.get(a);if(c===void 0)throw new Error(`tokenizer: id ${a} is not in the vocabulary`);t.push(c),o+=c.length}let n=new Uint8Array(o),s=0;for(let a of t)n.set(a,s),s+=a.length;return n}decode(e){return new TextDecoder("utf-8",{ignoreBOM:!0}).decode(this.decodeBytes(e))}decodeStream(){let e=new TextDecoder("utf-8",{ignoreBOM:!0});return{write:t=>e.decode(this.decodeBytes(typeof t=="number"?[t]:t),{stream:!0}),flush:()=>e.decode()}}dispose(){this._wasm&&typeof this._wasm.free=="function"&&this._wasm.free(),this._wasm=null}};var Bue=new URL("./",import.meta.url).href;function yRt(r="cpu",e={}){return r==="wasm"&&e.wasmPaths==null&&(e={...e,wasmPaths:Bue}),of(r,e)}export{OS as BACKENDS,Ac as BUNDLE_FORMAT,Ox as BUNDLE_VERSION,Bue as DIST_URL,Xx as GPT,use as SPEC_VERSION,GS as Tokenizer,pq as backendInfo,Ese as computeWeightsSha256,wue as createModel,pS as loadBundle,Ym as parseSpec,yRt as setBackend,lue as tapNames,Dx as tf};
/*! Bundled license information:

@tensorflow/tfjs-core/dist/backends/backend.js:
@tensorflow/tfjs-core/dist/util_base.js:
@tensorflow/tfjs-core/dist/global_util.js:
@tensorflow/tfjs-core/dist/ops/complex.js:
@tensorflow/tfjs-core/dist/ops/clone.js:
@tensorflow/tfjs-core/dist/ops/add.js:
@tensorflow/tfjs-core/dist/ops/floorDiv.js:
@tensorflow/tfjs-core/dist/ops/div.js:
@tensorflow/tfjs-core/dist/ops/mul.js:
@tensorflow/tfjs-core/dist/ops/add_n.js:
@tensorflow/tfjs-core/dist/ops/all.js:
@tensorflow/tfjs-core/dist/ops/any.js:
@tensorflow/tfjs-core/dist/ops/atan2.js:
@tensorflow/tfjs-core/dist/ops/conv_util.js:
@tensorflow/tfjs-core/dist/ops/reshape.js:
@tensorflow/tfjs-core/dist/ops/avg_pool.js:
@tensorflow/tfjs-core/dist/ops/avg_pool_3d.js:
@tensorflow/tfjs-core/dist/ops/concat.js:
@tensorflow/tfjs-core/dist/ops/mat_mul.js:
@tensorflow/tfjs-core/dist/ops/basic_lstm_cell.js:
@tensorflow/tfjs-core/dist/ops/batch_to_space_nd.js:
@tensorflow/tfjs-core/dist/ops/batchnorm.js:
@tensorflow/tfjs-core/dist/ops/bincount.js:
@tensorflow/tfjs-core/dist/ops/broadcast_to.js:
@tensorflow/tfjs-core/dist/ops/fill.js:
@tensorflow/tfjs-core/dist/ops/conv2d.js:
@tensorflow/tfjs-core/dist/ops/conv2d_backprop_input.js:
@tensorflow/tfjs-core/dist/ops/conv3d.js:
@tensorflow/tfjs-core/dist/ops/conv3d_backprop_input.js:
@tensorflow/tfjs-core/dist/ops/dense_bincount.js:
@tensorflow/tfjs-core/dist/ops/depth_to_space.js:
@tensorflow/tfjs-core/dist/ops/depthwise_conv2d.js:
@tensorflow/tfjs-core/dist/ops/diag.js:
@tensorflow/tfjs-core/dist/ops/dilation2d.js:
@tensorflow/tfjs-core/dist/ops/equal.js:
@tensorflow/tfjs-core/dist/ops/where.js:
@tensorflow/tfjs-core/dist/ops/div_no_nan.js:
@tensorflow/tfjs-core/dist/ops/dot.js:
@tensorflow/tfjs-core/dist/ops/elu.js:
@tensorflow/tfjs-core/dist/ops/max.js:
@tensorflow/tfjs-core/dist/ops/pow.js:
@tensorflow/tfjs-core/dist/ops/expand_dims.js:
@tensorflow/tfjs-core/dist/ops/tile.js:
@tensorflow/tfjs-core/dist/ops/eye.js:
@tensorflow/tfjs-core/dist/ops/greater.js:
@tensorflow/tfjs-core/dist/ops/greater_equal.js:
@tensorflow/tfjs-core/dist/ops/imag.js:
@tensorflow/tfjs-core/dist/ops/leaky_relu.js:
@tensorflow/tfjs-core/dist/ops/less.js:
@tensorflow/tfjs-core/dist/ops/less_equal.js:
@tensorflow/tfjs-core/dist/ops/local_response_normalization.js:
@tensorflow/tfjs-core/dist/ops/sub.js:
@tensorflow/tfjs-core/dist/ops/log_sum_exp.js:
@tensorflow/tfjs-core/dist/ops/logical_and.js:
@tensorflow/tfjs-core/dist/ops/logical_not.js:
@tensorflow/tfjs-core/dist/ops/logical_or.js:
@tensorflow/tfjs-core/dist/ops/logical_xor.js:
@tensorflow/tfjs-core/dist/ops/max_pool.js:
@tensorflow/tfjs-core/dist/ops/max_pool_3d.js:
@tensorflow/tfjs-core/dist/ops/maximum.js:
@tensorflow/tfjs-core/dist/ops/minimum.js:
@tensorflow/tfjs-core/dist/ops/mirror_pad.js:
@tensorflow/tfjs-core/dist/ops/mod.js:
@tensorflow/tfjs-core/dist/ops/moments.js:
@tensorflow/tfjs-core/dist/ops/multinomial.js:
@tensorflow/tfjs-core/dist/ops/not_equal.js:
@tensorflow/tfjs-core/dist/ops/one_hot.js:
@tensorflow/tfjs-core/dist/ops/pad.js:
@tensorflow/tfjs-core/dist/ops/space_to_batch_nd.js:
@tensorflow/tfjs-core/dist/ops/prelu.js:
@tensorflow/tfjs-core/dist/ops/prod.js:
@tensorflow/tfjs-core/dist/ops/rand.js:
@tensorflow/tfjs-core/dist/ops/random_gamma.js:
@tensorflow/tfjs-core/dist/ops/random_normal.js:
@tensorflow/tfjs-core/dist/ops/random_uniform.js:
@tensorflow/tfjs-core/dist/ops/real.js:
@tensorflow/tfjs-core/dist/ops/relu.js:
@tensorflow/tfjs-core/dist/ops/relu6.js:
@tensorflow/tfjs-core/dist/ops/reverse_1d.js:
@tensorflow/tfjs-core/dist/ops/reverse_2d.js:
@tensorflow/tfjs-core/dist/ops/reverse_3d.js:
@tensorflow/tfjs-core/dist/ops/reverse_4d.js:
@tensorflow/tfjs-core/dist/ops/selu.js:
@tensorflow/tfjs-core/dist/ops/spectral/fft.js:
@tensorflow/tfjs-core/dist/ops/spectral/ifft.js:
@tensorflow/tfjs-core/dist/ops/split.js:
@tensorflow/tfjs-core/dist/ops/squared_difference.js:
@tensorflow/tfjs-core/dist/ops/squeeze.js:
@tensorflow/tfjs-core/dist/ops/stack.js:
@tensorflow/tfjs-core/dist/ops/truncated_normal.js:
@tensorflow/tfjs-core/dist/ops/unique.js:
@tensorflow/tfjs-core/dist/ops/unsorted_segment_sum.js:
@tensorflow/tfjs-core/dist/ops/unstack.js:
@tensorflow/tfjs-core/dist/ops/where_async.js:
@tensorflow/tfjs-core/dist/ops/conv2d_backprop_filter.js:
@tensorflow/tfjs-core/dist/ops/depthwise_conv2d_native_backprop_filter.js:
@tensorflow/tfjs-core/dist/ops/depthwise_conv2d_native_backprop_input.js:
@tensorflow/tfjs-core/dist/ops/image/crop_and_resize.js:
@tensorflow/tfjs-core/dist/ops/image/flip_left_right.js:
@tensorflow/tfjs-core/dist/ops/image/rotate_with_offset.js:
@tensorflow/tfjs-core/dist/ops/nonmax_util.js:
@tensorflow/tfjs-core/dist/ops/image/non_max_suppression.js:
@tensorflow/tfjs-core/dist/backends/non_max_suppression_impl.js:
@tensorflow/tfjs-core/dist/ops/image/non_max_suppression_async.js:
@tensorflow/tfjs-core/dist/ops/image/non_max_suppression_with_score.js:
@tensorflow/tfjs-core/dist/ops/image/non_max_suppression_with_score_async.js:
@tensorflow/tfjs-core/dist/ops/image/non_max_suppression_padded.js:
@tensorflow/tfjs-core/dist/ops/image/non_max_suppression_padded_async.js:
@tensorflow/tfjs-core/dist/ops/image/resize_bilinear.js:
@tensorflow/tfjs-core/dist/ops/image/resize_nearest_neighbor.js:
@tensorflow/tfjs-core/dist/ops/linalg/band_part.js:
@tensorflow/tfjs-core/dist/ops/linalg/gram_schmidt.js:
@tensorflow/tfjs-core/dist/ops/linalg/qr.js:
@tensorflow/tfjs-core/dist/ops/loss_ops_utils.js:
@tensorflow/tfjs-core/dist/ops/losses/absolute_difference.js:
@tensorflow/tfjs-core/dist/ops/losses/huber_loss.js:
@tensorflow/tfjs-core/dist/ops/losses/log_loss.js:
@tensorflow/tfjs-core/dist/ops/losses/mean_squared_error.js:
@tensorflow/tfjs-core/dist/ops/losses/sigmoid_cross_entropy.js:
@tensorflow/tfjs-core/dist/ops/losses/softmax_cross_entropy.js:
@tensorflow/tfjs-core/dist/ops/ops.js:
@tensorflow/tfjs-core/dist/ops/rotate_util.js:
@tensorflow/tfjs-core/dist/backends/kernel_impls.js:
@tensorflow/tfjs-backend-cpu/dist/utils/binary_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Complex.js:
@tensorflow/tfjs-backend-cpu/dist/utils/zeros_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Identity.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Real.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cast.js:
@tensorflow/tfjs-backend-cpu/dist/utils/binary_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Add.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Bincount_impl.js:
@tensorflow/tfjs-backend-cpu/dist/utils/unary_impl.js:
@tensorflow/tfjs-backend-cpu/dist/utils/unary_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Concat_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Equal.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FloorDiv.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Greater.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GreaterEqual.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Less.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LessEqual.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LinSpace_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Max_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Maximum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Minimum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Multiply.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Neg.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NotEqual.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Transpose_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Transpose.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Prod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Range_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Scatter_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Slice.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SquaredDifference.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StridedSlice_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sub.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TopK_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unique_impl.js:
@tensorflow/tfjs-backend-cpu/dist/shared.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Identity.js:
@tensorflow/tfjs-backend-wasm/dist/kernel_utils/shared.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Equal.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Floor.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Neg.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NotEqual.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Prod.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Range.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Select.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sqrt.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Step.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-wasm/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-wasm/dist/flags_wasm.js:
@tensorflow/tfjs-backend-wasm/dist/base.js:
@tensorflow/tfjs-backend-cpu/dist/base.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-cpu/dist/utils/fused_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/All.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Any.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-cpu/dist/utils/pool_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchNorm.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Imag.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNativeBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNativeBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2DBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2DBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-cpu/dist/utils/fft_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FFT.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IFFT.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LinSpace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Max.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolWithArgmax_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Min.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Range.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeNearestNeighbor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Select.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/UnsortedSegmentSum.js:
@tensorflow/tfjs-backend-cpu/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-cpu/dist/index.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/shared.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Identity.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Complex.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/kernel_funcs_utils.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Multiply.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/reshape.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-webgl/dist/mean_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/reduce.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transpose_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sum_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transpose.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchMatMul_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Abs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Add.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/All.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Any.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/arg_min_max.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchNorm.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Slice.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NotEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Real.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/int.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cast.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Ceil.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ComplexAbs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Imag.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Concat_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2D_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2DBackpropFilter.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNativeBackpropFilter.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNativeBackpropInput.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Equal.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Exp.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Expm1.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FFT_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FFT.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-webgl/dist/flip_left_right_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Floor.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FloorDiv.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Greater.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GreaterEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IFFT.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsNaN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Less.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LessEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LinSpace.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Log.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Max_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Max.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Maximum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolWithArgmax_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mean_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Min.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Minimum.js:
@tensorflow/tfjs-backend-webgl/dist/mirror_pad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/mirror_pad_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sub.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Neg.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Prod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Range.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reciprocal.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeNearestNeighbor.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-webgl/dist/rotate_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Round.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Rsqrt.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Select.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sigmoid.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sqrt.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SquaredDifference.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Step.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/UnsortedSegmentSum.js:
@tensorflow/tfjs-backend-webgl/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-webgl/dist/index.js:
  (**
   * @license
   * Copyright 2020 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/environment.js:
@tensorflow/tfjs-core/dist/util.js:
@tensorflow/tfjs-core/dist/tape.js:
@tensorflow/tfjs-core/dist/tensor.js:
@tensorflow/tfjs-core/dist/types.js:
@tensorflow/tfjs-core/dist/device_util.js:
@tensorflow/tfjs-core/dist/ops/broadcast_util.js:
@tensorflow/tfjs-core/dist/ops/axis_util.js:
@tensorflow/tfjs-core/dist/test_util.js:
@tensorflow/tfjs-core/dist/browser_util.js:
@tensorflow/tfjs-core/dist/ops/concat_util.js:
@tensorflow/tfjs-core/dist/ops/reduce_util.js:
@tensorflow/tfjs-core/dist/index.js:
@tensorflow/tfjs-backend-webgl/dist/tex_util.js:
@tensorflow/tfjs-backend-webgl/dist/webgl_util.js:
@tensorflow/tfjs-backend-webgl/dist/shader_compiler.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_math.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_util.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_context.js:
@tensorflow/tfjs-backend-webgl/dist/texture_manager.js:
@tensorflow/tfjs-backend-webgl/dist/unaryop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/backend_webgl.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reduce_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/transpose_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/argminmax_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pool_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/avg_pool_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/batchnorm_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/slice_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/clip_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/concat_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/crop_and_resize_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/dilation_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/gather_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/max_pool_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/multinomial_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/onehot_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reverse_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/select_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/strided_slice_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/tile_gpu.js:
  (**
   * @license
   * Copyright 2017 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/log.js:
@tensorflow/tfjs-core/dist/profiler.js:
@tensorflow/tfjs-core/dist/tensor_format.js:
@tensorflow/tfjs-core/dist/tensor_util.js:
@tensorflow/tfjs-core/dist/engine.js:
@tensorflow/tfjs-core/dist/tensor_util_env.js:
@tensorflow/tfjs-core/dist/ops/operation.js:
@tensorflow/tfjs-core/dist/ops/tensor_ops_util.js:
@tensorflow/tfjs-core/dist/ops/tensor.js:
@tensorflow/tfjs-core/dist/io/types.js:
@tensorflow/tfjs-core/dist/globals.js:
@tensorflow/tfjs-core/dist/io/io_utils.js:
@tensorflow/tfjs-core/dist/io/router_registry.js:
@tensorflow/tfjs-core/dist/io/indexed_db.js:
@tensorflow/tfjs-core/dist/io/local_storage.js:
@tensorflow/tfjs-core/dist/io/model_management.js:
@tensorflow/tfjs-core/dist/ops/abs.js:
@tensorflow/tfjs-core/dist/ops/acos.js:
@tensorflow/tfjs-core/dist/ops/acosh.js:
@tensorflow/tfjs-core/dist/ops/asin.js:
@tensorflow/tfjs-core/dist/ops/asinh.js:
@tensorflow/tfjs-core/dist/ops/atan.js:
@tensorflow/tfjs-core/dist/ops/atanh.js:
@tensorflow/tfjs-core/dist/ops/sigmoid.js:
@tensorflow/tfjs-core/dist/ops/slice.js:
@tensorflow/tfjs-core/dist/ops/tanh.js:
@tensorflow/tfjs-core/dist/ops/ceil.js:
@tensorflow/tfjs-core/dist/ops/clip_by_value.js:
@tensorflow/tfjs-core/dist/ops/cos.js:
@tensorflow/tfjs-core/dist/ops/cosh.js:
@tensorflow/tfjs-core/dist/ops/cumsum.js:
@tensorflow/tfjs-core/dist/ops/zeros_like.js:
@tensorflow/tfjs-core/dist/ops/erf.js:
@tensorflow/tfjs-core/dist/ops/scalar.js:
@tensorflow/tfjs-core/dist/ops/sqrt.js:
@tensorflow/tfjs-core/dist/ops/sum.js:
@tensorflow/tfjs-core/dist/ops/norm.js:
@tensorflow/tfjs-core/dist/ops/exp.js:
@tensorflow/tfjs-core/dist/ops/expm1.js:
@tensorflow/tfjs-core/dist/ops/floor.js:
@tensorflow/tfjs-core/dist/ops/gather.js:
@tensorflow/tfjs-core/dist/ops/is_finite.js:
@tensorflow/tfjs-core/dist/ops/is_inf.js:
@tensorflow/tfjs-core/dist/ops/is_nan.js:
@tensorflow/tfjs-core/dist/ops/linspace.js:
@tensorflow/tfjs-core/dist/ops/log.js:
@tensorflow/tfjs-core/dist/ops/log1p.js:
@tensorflow/tfjs-core/dist/gradients.js:
@tensorflow/tfjs-core/dist/ops/neg.js:
@tensorflow/tfjs-core/dist/ops/softplus.js:
@tensorflow/tfjs-core/dist/ops/log_sigmoid.js:
@tensorflow/tfjs-core/dist/ops/max_pool_with_argmax.js:
@tensorflow/tfjs-core/dist/ops/zeros.js:
@tensorflow/tfjs-core/dist/ops/ones.js:
@tensorflow/tfjs-core/dist/ops/ones_like.js:
@tensorflow/tfjs-core/dist/ops/pool.js:
@tensorflow/tfjs-core/dist/ops/rand_util.js:
@tensorflow/tfjs-core/dist/ops/range.js:
@tensorflow/tfjs-core/dist/ops/reciprocal.js:
@tensorflow/tfjs-core/dist/ops/reverse.js:
@tensorflow/tfjs-core/dist/ops/round.js:
@tensorflow/tfjs-core/dist/ops/rsqrt.js:
@tensorflow/tfjs-core/dist/ops/sign.js:
@tensorflow/tfjs-core/dist/ops/sin.js:
@tensorflow/tfjs-core/dist/ops/sinh.js:
@tensorflow/tfjs-core/dist/ops/slice1d.js:
@tensorflow/tfjs-core/dist/ops/slice2d.js:
@tensorflow/tfjs-core/dist/ops/slice3d.js:
@tensorflow/tfjs-core/dist/ops/slice4d.js:
@tensorflow/tfjs-core/dist/ops/softmax.js:
@tensorflow/tfjs-core/dist/ops/spectral/irfft.js:
@tensorflow/tfjs-core/dist/ops/spectral/rfft.js:
@tensorflow/tfjs-core/dist/ops/step.js:
@tensorflow/tfjs-core/dist/ops/strided_slice.js:
@tensorflow/tfjs-core/dist/ops/tan.js:
@tensorflow/tfjs-core/dist/ops/tensor1d.js:
@tensorflow/tfjs-core/dist/ops/tensor2d.js:
@tensorflow/tfjs-core/dist/ops/tensor3d.js:
@tensorflow/tfjs-core/dist/ops/tensor4d.js:
@tensorflow/tfjs-core/dist/ops/tensor5d.js:
@tensorflow/tfjs-core/dist/ops/tensor6d.js:
@tensorflow/tfjs-core/dist/ops/topk.js:
@tensorflow/tfjs-core/dist/ops/variable.js:
@tensorflow/tfjs-core/dist/backends/where_impl.js:
@tensorflow/tfjs-core/dist/ops/boolean_mask.js:
@tensorflow/tfjs-core/dist/ops/transpose.js:
@tensorflow/tfjs-core/dist/ops/moving_average.js:
@tensorflow/tfjs-core/dist/ops/scatter_nd.js:
@tensorflow/tfjs-core/dist/ops/sparse_to_dense.js:
@tensorflow/tfjs-core/dist/ops/gather_nd.js:
@tensorflow/tfjs-core/dist/ops/dropout.js:
@tensorflow/tfjs-core/dist/serialization.js:
@tensorflow/tfjs-core/dist/optimizers/optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/adadelta_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/adagrad_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/adam_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/adamax_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/sgd_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/momentum_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/rmsprop_optimizer.js:
@tensorflow/tfjs-core/dist/io/browser_files.js:
@tensorflow/tfjs-core/dist/io/weights_loader.js:
@tensorflow/tfjs-core/dist/io/http.js:
@tensorflow/tfjs-core/dist/io/passthrough.js:
@tensorflow/tfjs-core/dist/io/io.js:
@tensorflow/tfjs-core/dist/ops/confusion_matrix.js:
@tensorflow/tfjs-core/dist/math.js:
@tensorflow/tfjs-core/dist/optimizers/optimizer_constructors.js:
@tensorflow/tfjs-core/dist/train.js:
@tensorflow/tfjs-core/dist/ops/array_ops_util.js:
@tensorflow/tfjs-core/dist/ops/selu_util.js:
@tensorflow/tfjs-core/dist/ops/erf_util.js:
@tensorflow/tfjs-core/dist/backends/complex_util.js:
@tensorflow/tfjs-core/dist/ops/segment_util.js:
@tensorflow/tfjs-core/dist/backends/backend_util.js:
@tensorflow/tfjs-backend-webgl/dist/canvas_util.js:
@tensorflow/tfjs-backend-webgl/dist/glsl_version.js:
@tensorflow/tfjs-backend-webgl/dist/shader_compiler_util.js:
@tensorflow/tfjs-backend-webgl/dist/encode_float_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_float_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_matrix_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_matrix_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/packing_util.js:
@tensorflow/tfjs-backend-webgl/dist/pack_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reshape_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/unaryop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/unpack_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/mulmat_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_complex_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/batchnorm_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/clip_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/complex_abs_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/depth_to_space_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_packed_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/fft_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels_utils/from_pixels_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels_utils/from_pixels_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_grad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/scatter_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/segment_gpu.js:
  (**
   * @license
   * Copyright 2018 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/kernel_registry.js:
@tensorflow/tfjs-core/dist/flags.js:
@tensorflow/tfjs-core/dist/platforms/platform_browser.js:
@tensorflow/tfjs-core/dist/platforms/platform_node.js:
@tensorflow/tfjs-core/dist/ops/square.js:
@tensorflow/tfjs-core/dist/ops/dropout_util.js:
@tensorflow/tfjs-core/dist/ops/signal_ops_util.js:
@tensorflow/tfjs-core/dist/ops/in_top_k.js:
@tensorflow/tfjs-core/dist/ops/fused_util.js:
@tensorflow/tfjs-core/dist/ops/fused/conv2d.js:
@tensorflow/tfjs-core/dist/ops/fused/depthwise_conv2d.js:
@tensorflow/tfjs-core/dist/ops/fused/mat_mul.js:
@tensorflow/tfjs-core/dist/ops/fused_ops.js:
@tensorflow/tfjs-core/dist/ops/signal/hamming_window.js:
@tensorflow/tfjs-core/dist/ops/signal/hann_window.js:
@tensorflow/tfjs-core/dist/ops/signal/frame.js:
@tensorflow/tfjs-core/dist/ops/signal/stft.js:
@tensorflow/tfjs-core/dist/backends/non_max_suppression_util.js:
@tensorflow/tfjs-core/dist/io/progress.js:
@tensorflow/tfjs-core/dist/ops/browser.js:
@tensorflow/tfjs-backend-cpu/dist/cpu_util.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tile_impl.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/types.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/unary_kernel.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Abs.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/binary_kernel.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Add.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Transpose.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Slice.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cast.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Exp.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FloorDiv.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FusedBatchNorm.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Greater.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/GreaterEqual.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Less.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LessEqual.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Log.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalXor.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Max.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Maximum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Min.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Minimum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Multiply.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NonMaxSuppression_util.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Rsqrt.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sigmoid.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Square.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SquaredDifference.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sub.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-wasm/dist/backend_wasm.js:
@tensorflow/tfjs-backend-wasm/dist/index.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Square.js:
@tensorflow/tfjs-backend-webgl/dist/flags_webgl.js:
@tensorflow/tfjs-backend-webgl/dist/decode_matrix_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/decode_matrix_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/transpose_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/addn_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/addn_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/argminmax_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/slice_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/concat_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/im2col_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/diag_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/fill_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pad_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reverse_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Square.js:
  (**
   * @license
   * Copyright 2019 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/platforms/is_typed_array_browser.js:
@tensorflow/tfjs-core/dist/ops/bitwise_and.js:
@tensorflow/tfjs-core/dist/ops/ensure_shape.js:
@tensorflow/tfjs-core/dist/ops/random_uniform_int.js:
@tensorflow/tfjs-core/dist/ops/image/rgb_to_grayscale.js:
@tensorflow/tfjs-core/dist/ops/string/static_regex_replace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BitwiseAnd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StaticRegexReplace.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/argminmax_kernel.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/BitwiseAnd.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Dilation2DBackpropFilter.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Dilation2DBackpropInput.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Expm1.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Unique.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Draw.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BitwiseAnd.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/scatter_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StaticRegexReplace.js:
  (**
   * @license
   * Copyright 2023 Google LLC.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/hash_util.js:
@tensorflow/tfjs-core/dist/ops/broadcast_args.js:
@tensorflow/tfjs-core/dist/ops/einsum.js:
@tensorflow/tfjs-core/dist/ops/meshgrid.js:
@tensorflow/tfjs-core/dist/ops/image/grayscale_to_rgb.js:
@tensorflow/tfjs-core/dist/ops/image/transform.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_fill_empty_rows.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_reshape.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_segment_mean.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_segment_sum.js:
@tensorflow/tfjs-core/dist/ops/string/string_n_grams.js:
@tensorflow/tfjs-core/dist/ops/string/string_split.js:
@tensorflow/tfjs-core/dist/ops/string/string_to_hash_bucket_fast.js:
@tensorflow/tfjs-core/dist/ops/slice_util.js:
@tensorflow/tfjs-core/dist/backends/einsum_util.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_fill_empty_rows_util.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_reshape_util.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_segment_reduction_util.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherNd_Impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseFillEmptyRows_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseReshape_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentReduction_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringNGrams_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringSplit_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringToHashBucketFast_impl.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/All.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Any.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Ceil.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Round.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseSegmentReduction.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Transform.js:
@tensorflow/tfjs-backend-cpu/dist/backend_cpu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Einsum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Transform.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Einsum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-webgl/dist/transform_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transform.js:
  (**
   * @license
   * Copyright 2021 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/ops/buffer.js:
@tensorflow/tfjs-core/dist/ops/cast.js:
@tensorflow/tfjs-core/dist/ops/print.js:
@tensorflow/tfjs-core/dist/base_side_effects.js:
@tensorflow/tfjs-core/dist/ops/arg_max.js:
@tensorflow/tfjs-core/dist/ops/arg_min.js:
@tensorflow/tfjs-core/dist/ops/min.js:
@tensorflow/tfjs-core/dist/ops/log_softmax.js:
@tensorflow/tfjs-core/dist/ops/mean.js:
@tensorflow/tfjs-core/dist/ops/setdiff1d_async.js:
@tensorflow/tfjs-core/dist/ops/fused_types.js:
@tensorflow/tfjs-core/dist/base.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/kernel_utils.js:
@tensorflow/tfjs-backend-webgl/dist/base.js:
  (**
   * @license
   * Copyright 2020 Google Inc. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/ops/cumprod.js:
  (**
   * @license
   * Copyright 2022 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the 'License');
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an 'AS IS' BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/ops/euclidean_norm.js:
@tensorflow/tfjs-core/dist/ops/search_sorted.js:
@tensorflow/tfjs-core/dist/ops/lower_bound.js:
@tensorflow/tfjs-core/dist/ops/ragged_gather.js:
@tensorflow/tfjs-core/dist/ops/ragged_tensor_to_tensor.js:
@tensorflow/tfjs-core/dist/ops/random_standard_normal.js:
@tensorflow/tfjs-core/dist/ops/tensor_scatter_update.js:
@tensorflow/tfjs-core/dist/ops/upper_bound.js:
@tensorflow/tfjs-core/dist/ops/ragged_to_dense_util.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedGather_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedTensorToTensor_impl.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/TensorScatterUpdate.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedGather.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedTensorToTensor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SearchSorted_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TensorScatterUpdate.js:
@tensorflow/tfjs-backend-webgl/dist/conv_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cum_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedGather.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedTensorToTensor.js:
@tensorflow/tfjs-backend-webgl/dist/search_sorted_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/TensorScatterUpdate.js:
  (**
   * @license
   * Copyright 2022 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/ops/ragged_range.js:
@tensorflow/tfjs-core/dist/optimizers/register_optimizers.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedRange_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedRange.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedRange.js:
  (**
   * @license
   * Copyright 2022 Google LLC.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/ops/image/threshold.js:
  (**
   * @license
   * Copyright 2021 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * https://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/version.js:
@tensorflow/tfjs-backend-wasm/dist/version.js:
  (** @license See the LICENSE file. *)

@tensorflow/tfjs-backend-cpu/dist/kernels/Abs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Ceil.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Exp.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Expm1.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Floor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Log.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Rsqrt.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sigmoid.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sqrt.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ComplexAbs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsNaN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reciprocal.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Round.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Step.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unique.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Unique.js:
  (**
   * @license
   * Copyright 2020 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the License);
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an AS IS BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/kernels/IsNan.js:
  (**
   * @license
   * Copyright 2022 The TensorFlow Authors. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the License);
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an AS IS BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/kernels/LinSpace.js:
  (**
   * @license
   * Copyright 2023 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/kernels/Reciprocal.js:
  (**
   * @license
   * Copyright 2022 The TensorFlow Authors. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/kernels/ResizeNearestNeighbor.js:
  (**
   * @license
   * Copyright 2019 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the 'License');
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an 'AS IS' BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)
*/
